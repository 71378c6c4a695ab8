package io.payout.application.callback.port;

import io.payout.application.callback.WebhookSecrets;
import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Instant;
import java.util.Optional;

/** A merchant's callback configuration and signing secrets. */
public interface LoadMerchantWebhookPort {
    /** Empty: the merchant configured no callback URL (or there is no such merchant). */
    Optional<WebhookSubscription> subscription(MerchantId merchantId);

    /** The current secret, and the previous one while {@code now} is inside its overlap window. */
    Optional<WebhookSecrets> secrets(MerchantId merchantId, Instant now);
}
