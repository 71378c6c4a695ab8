package io.payout.application.callback;

import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;

/** Sets where a merchant's callbacks go (or, with null, stops them: the merchant then polls). */
public interface ConfigureWebhookUseCase {
    /** @throws io.payout.application.NotFoundException if there is no such merchant */
    void configure(MerchantId merchantId, WebhookSubscription subscription);
}
