package io.payout.collection.spi;

import java.util.List;

/**
 * A webhook, read: {@code authentic} false when its credentials are missing or wrong (nothing else is looked at);
 * otherwise the provider order ids it names (empty when it names none we could read) and its event name.
 */
public record WebhookParse(boolean authentic, List<String> providerOrderIds, String eventName) {
    public WebhookParse {
        providerOrderIds = providerOrderIds == null ? List.of() : List.copyOf(providerOrderIds);
    }

    public static WebhookParse rejected() {
        return new WebhookParse(false, List.of(), null);
    }
}
