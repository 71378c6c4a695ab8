package io.payout.application.merchant;

import io.payout.application.ConflictException;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import java.time.Clock;

/** Creates a merchant and its first key in one transaction. */
public class CreateMerchantService implements CreateMerchantUseCase {
    private final SaveMerchantPort saveMerchantPort;
    private final Clock clock;

    public CreateMerchantService(SaveMerchantPort saveMerchantPort, Clock clock) {
        this.saveMerchantPort = saveMerchantPort;
        this.clock = clock;
    }

    @Override
    public MerchantCredentials createMerchant(MerchantId merchantId) {
        String apiKey = ApiKeys.newApiKey();
        String webhookSecret = ApiKeys.newWebhookSecret();
        boolean created = saveMerchantPort.insertMerchant(
                new Merchant(merchantId, clock.instant()), ApiKeys.hash(apiKey), webhookSecret);
        if (!created) {
            throw new ConflictException("merchant " + merchantId + " exists already");
        }
        return new MerchantCredentials(merchantId, apiKey, webhookSecret);
    }
}
