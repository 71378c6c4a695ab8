package io.payout.application.callback;

import io.payout.domain.callback.CallbackStatus;
import io.payout.domain.callback.RetrySchedule;
import java.time.Instant;
import java.util.Optional;

/** Decides what a post's result means for its callback: delivered, tried again later, or failed. */
final class DeliveryOutcomes {
    private final RetrySchedule schedule;

    DeliveryOutcomes(RetrySchedule schedule) {
        this.schedule = schedule;
    }

    DeliveryOutcome of(PendingCallback callback, SendResult result, Instant now) {
        DeliveryAttempt attempt = result.attempt();
        if (attempt.delivered()) {
            return new DeliveryOutcome(callback.id(), attempt, CallbackStatus.DELIVERED, null, callback.retryStep());
        }
        Optional<Instant> next = result.permanent() ? Optional.empty()
                : schedule.nextAttempt(callback.retryStep(), result.retryAfter(), now);
        return next.map(at -> new DeliveryOutcome(callback.id(), attempt, CallbackStatus.PENDING, at,
                        callback.retryStep() + 1))
                .orElseGet(() -> new DeliveryOutcome(callback.id(), attempt, CallbackStatus.FAILED, null,
                        callback.retryStep()));
    }
}
