package io.payout.adapters.persistence;

import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;

/**
 * What one {@link DeliveryOutcome} writes: the callback's new state and the attempt for the log (its duration in
 * whole milliseconds). {@code deliveredAt} is the end of the attempt when it delivered, else null. Public only
 * because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record DeliveryOutcomeRow(String callbackId, String status, Instant nextAttemptAt, int retryStep,
                                 Instant deliveredAt, Instant startedAt, long durationMs, Integer httpStatus,
                                 String error) {

    static DeliveryOutcomeRow of(DeliveryOutcome outcome) {
        DeliveryAttempt a = outcome.attempt();
        Instant deliveredAt = outcome.status() == CallbackStatus.DELIVERED ? a.startedAt().plus(a.duration()) : null;
        return new DeliveryOutcomeRow(outcome.callbackId(), outcome.status().name(), outcome.nextAttemptAt(),
                outcome.retryStep(), deliveredAt, a.startedAt(), a.duration().toMillis(), a.httpStatus(), a.error());
    }
}
