package io.payout.domain.attempt;

import io.payout.domain.DomainException;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.util.Optional;

/**
 * An operator's "retry now" of one fulfillment, held to the money rule: never a fresh attempt while an earlier
 * attempt may still pay, nor after one paid. Two shapes qualify, and in both every transaction of the fulfillment is
 * a known {@code FAILURE}:
 * <ul>
 *   <li>waiting for a retry: {@code PENDING} with a retry planned (the engine waits out the policy's backoff), which
 *       is only made due now;</li>
 *   <li>failed: {@code FAILURE} after at least one attempt, which is {@link #reopen reopened} for a fresh attempt.</li>
 * </ul>
 */
public final class OperatorRetry {
    private OperatorRetry() {
    }

    /** Why {@code f} (with its next work) may not be retried now; empty when it may. */
    public static Optional<String> refusal(Fulfillment f, NextWork work) {
        Optional<String> byStatus = refusalByStatus(f.status());
        if (byStatus.isPresent()) {
            return byStatus;
        }
        for (Transaction t : f.transactions()) {
            if (t.status() != TransactionStatus.FAILURE) {
                return Optional.of("has transaction " + t.id() + " in " + t.status() + ": " + whyNot(t.status()));
            }
        }
        if (f.transactions().isEmpty()) {
            return Optional.of(f.status() == FulfillmentStatus.FAILURE
                    ? "failed without an attempt (no method for it, or its attempt window closed): nothing to retry"
                    : "has no attempt yet");
        }
        if (f.status() == FulfillmentStatus.PENDING && work.retryMethod() == null) {
            return Optional.of("is PENDING but no retry is planned");
        }
        return Optional.empty();
    }

    /** Whether {@code f} waits out a retry's backoff: the retry is only made due now. */
    public static boolean isWaitingForRetry(Fulfillment f, NextWork work) {
        return refusal(f, work).isEmpty() && f.status() == FulfillmentStatus.PENDING;
    }

    /**
     * Reopens a failed fulfillment for a fresh attempt: {@code FAILURE} to {@code PENDING}, the order's status
     * following (back to {@code FULFILLMENTS_SCHEDULED}); the caller plans the attempt.
     *
     * @throws DomainException if the fulfillment is not failed, or any of its transactions is not a known failure
     */
    public static void reopen(OrderProgress progress, FulfillmentId id) {
        Fulfillment f = progress.fulfillment(id);
        Optional<String> refusal = refusal(f, NextWork.NONE);
        if (refusal.isPresent() || f.status() != FulfillmentStatus.FAILURE) {
            throw new DomainException("fulfillment " + id + " cannot be reopened: "
                    + refusal.orElse("it is " + f.status()));
        }
        progress.setFulfillmentStatus(id, FulfillmentStatus.PENDING);
    }

    private static Optional<String> refusalByStatus(FulfillmentStatus status) {
        return switch (status) {
            case CANCELLED -> Optional.of("is CANCELLED");
            case SUCCESS -> Optional.of("is SUCCESS: it was paid");
            case MANUAL_REVIEW -> Optional.of("is in MANUAL_REVIEW: settle its transaction with resolve-review");
            case CREATED -> Optional.of("has not been attempted yet: it waits for its first attempt");
            case PENDING, FAILURE -> Optional.empty();
        };
    }

    private static String whyNot(TransactionStatus status) {
        return switch (status) {
            case CREATED, INITIATED, PENDING, MANUAL_REVIEW -> "its outcome is not known yet, so it may still pay";
            case SUCCESS, CONFLICTED -> "it paid";
            case REVERSED -> "it paid and was reversed; check with the bank";
            case FAILURE -> "it failed";
        };
    }
}
