package io.payout.application.reconcile;

import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Which transactions a reconciliation looks at: those created at or after {@code from} and before {@code to}, of
 * {@code merchantId} (null: of every merchant).
 */
public record ReconcileRequest(Instant from, Instant to, MerchantId merchantId) {
    public ReconcileRequest {
        if (from == null) {
            throw new InvalidInputException("from", "is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required");
        }
        if (!from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after from");
        }
    }

    public Optional<MerchantId> merchant() {
        return Optional.ofNullable(merchantId);
    }
}
