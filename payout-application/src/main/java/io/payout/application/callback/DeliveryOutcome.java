package io.payout.application.callback;

import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * What to write after one attempt: the attempt for the log, and the callback's new state: {@code DELIVERED},
 * {@code PENDING} again at {@code nextAttemptAt} with {@code retryStep} delays used, or {@code FAILED}.
 */
public record DeliveryOutcome(String callbackId, DeliveryAttempt attempt, CallbackStatus status, Instant nextAttemptAt,
                              int retryStep) {
    public DeliveryOutcome {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(status, "status");
        if ((status == CallbackStatus.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a PENDING outcome, and only that, has a next attempt time");
        }
    }
}
