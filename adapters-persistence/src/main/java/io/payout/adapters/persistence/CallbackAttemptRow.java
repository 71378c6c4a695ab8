package io.payout.adapters.persistence;

import io.payout.application.callback.DeliveryAttempt;
import java.time.Duration;
import java.time.Instant;

/** A row of {@code callback_attempts}; {@code attemptNo} numbers a callback's attempts from 1. */
record CallbackAttemptRow(String callbackId, int attemptNo, Instant startedAt, long durationMs, Integer httpStatus,
                          String error) {
    DeliveryAttempt toDeliveryAttempt() {
        return new DeliveryAttempt(startedAt, Duration.ofMillis(durationMs), httpStatus, error);
    }
}
