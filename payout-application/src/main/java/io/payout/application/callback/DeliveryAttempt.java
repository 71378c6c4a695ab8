package io.payout.application.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One try at posting a callback: when, how long it took, and the HTTP status (null when there was none) or the
 * error (null when a status arrived). Shown in the delivery log.
 */
public record DeliveryAttempt(Instant startedAt, Duration duration, Integer httpStatus, String error) {
    public DeliveryAttempt {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        if (error != null && error.length() > 500) {
            error = error.substring(0, 500);
        }
    }

    public boolean delivered() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
