package io.payout.collection.spi;

import java.math.BigDecimal;

/** What the provider says about a collection order. */
public sealed interface CollectionOrderState {
    /** Not charged (yet): new, pending, or a payment attempt failed and the user may try again. */
    record Open(String providerStatus, String webLink, String mobileLink, String iframeLink, String raw)
            implements CollectionOrderState {
    }

    /** Charged {@code amount} (which may differ from what was asked for). */
    record Charged(BigDecimal amount, String providerStatus, String raw) implements CollectionOrderState {
    }

    /** No reliable answer (timeout, 5xx, garbage); {@code notFound}: the provider does not know the order. */
    record Unknown(String reason, boolean notFound) implements CollectionOrderState {
    }
}
