package io.payout.application.callback;

import io.payout.application.NotFoundException;
import io.payout.application.callback.port.SaveMerchantWebhookPort;
import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;

/** Stores a merchant's callback configuration; running servers see it within their cache time. */
public class ConfigureWebhookService implements ConfigureWebhookUseCase {
    private final SaveMerchantWebhookPort merchants;

    public ConfigureWebhookService(SaveMerchantWebhookPort merchants) {
        this.merchants = merchants;
    }

    @Override
    public void configure(MerchantId merchantId, WebhookSubscription subscription) {
        if (!merchants.saveSubscription(merchantId, subscription)) {
            throw new NotFoundException("no merchant " + merchantId);
        }
    }
}
