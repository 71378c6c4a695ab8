package io.payout.application.callback.port;

import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Instant;

/** Changes a merchant's callback configuration and secrets. */
public interface SaveMerchantWebhookPort {
    /** Sets (or with null, removes) the merchant's callback configuration. @return false: no such merchant */
    boolean saveSubscription(MerchantId merchantId, WebhookSubscription subscription);

    /**
     * Makes {@code newSecret} current; the current one becomes the previous one, still used for signing until
     * {@code previousValidUntil}. @return false: no such merchant
     */
    boolean rotateSecret(MerchantId merchantId, String newSecret, Instant previousValidUntil);
}
