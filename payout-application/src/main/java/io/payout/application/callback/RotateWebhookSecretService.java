package io.payout.application.callback;

import io.payout.application.NotFoundException;
import io.payout.application.callback.port.SaveMerchantWebhookPort;
import io.payout.application.merchant.ApiKeys;
import io.payout.domain.MerchantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A new secret becomes current at once; the old one keeps signing (as a second signature) for the overlap. */
public class RotateWebhookSecretService implements RotateWebhookSecretUseCase {
    private final SaveMerchantWebhookPort merchants;
    private final Duration overlap;
    private final Clock clock;

    public RotateWebhookSecretService(SaveMerchantWebhookPort merchants, Duration overlap, Clock clock) {
        this.merchants = merchants;
        this.overlap = overlap;
        this.clock = clock;
    }

    @Override
    public RotatedSecret rotate(MerchantId merchantId) {
        String secret = ApiKeys.newWebhookSecret();
        Instant until = clock.instant().plus(overlap);
        if (!merchants.rotateSecret(merchantId, secret, until)) {
            throw new NotFoundException("no merchant " + merchantId);
        }
        return new RotatedSecret(secret, until);
    }
}
