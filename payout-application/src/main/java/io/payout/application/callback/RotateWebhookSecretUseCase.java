package io.payout.application.callback;

import io.payout.domain.MerchantId;
import java.time.Instant;

/** Issues a new webhook signing secret; callbacks carry signatures with both secrets during the overlap. */
public interface RotateWebhookSecretUseCase {
    record RotatedSecret(String webhookSecret, Instant previousSecretValidUntil) {
        @Override
        public String toString() {
            return "RotatedSecret[webhookSecret=***, previousSecretValidUntil=" + previousSecretValidUntil + "]";
        }
    }

    /** @throws io.payout.application.NotFoundException if there is no such merchant */
    RotatedSecret rotate(MerchantId merchantId);
}
