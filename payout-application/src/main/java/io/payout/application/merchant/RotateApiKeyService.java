package io.payout.application.merchant;

import io.payout.application.NotFoundException;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.MerchantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Adds a key and sets every older key of the merchant to expire after the grace period (never later than set). */
public class RotateApiKeyService implements RotateApiKeyUseCase {
    private final SaveMerchantPort saveMerchantPort;
    private final Duration gracePeriod;
    private final Clock clock;

    public RotateApiKeyService(SaveMerchantPort saveMerchantPort, Duration gracePeriod, Clock clock) {
        this.saveMerchantPort = saveMerchantPort;
        this.gracePeriod = gracePeriod;
        this.clock = clock;
    }

    @Override
    public RotatedApiKey rotateApiKey(MerchantId merchantId) {
        String apiKey = ApiKeys.newApiKey();
        Instant now = clock.instant();
        Instant oldKeysExpireAt = now.plus(gracePeriod);
        if (!saveMerchantPort.rotateApiKey(merchantId, ApiKeys.hash(apiKey), now, oldKeysExpireAt)) {
            throw new NotFoundException("no merchant " + merchantId);
        }
        return new RotatedApiKey(apiKey, oldKeysExpireAt);
    }
}
