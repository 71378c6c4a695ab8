package io.payout.application.beneficiary;

import io.payout.domain.attempt.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How beneficiaries are validated: this instance's name (owner of its claims), how many answers that are errors a
 * beneficiary may get before it is {@code ERROR} ({@code maxAttempts}), the wait before another attempt
 * ({@code retryBackoff}, by attempts made), how many beneficiaries one claim takes and how long the claim lasts
 * (longer than {@code batchSize} gateway calls, which run one after another), and the gateway to ask (null: any
 * gateway able to).
 */
public record ValidationSettings(String owner, int maxAttempts, Backoff retryBackoff, int batchSize, Duration lease,
                                 String gatewayId) {
    public ValidationSettings {
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank() || owner.length() > 100) {
            throw new IllegalArgumentException("owner must be 1 to 100 characters");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts must be from 1 to 20");
        }
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        gatewayId = gatewayId == null || gatewayId.isBlank() ? null : gatewayId;
    }
}
