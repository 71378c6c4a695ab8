package io.payout.domain.attempt;

import io.payout.domain.InvalidValueException;
import java.time.Duration;

/** Exponential delays: {@code initial}, then times {@code multiplier} each time, never more than {@code max}. */
public record Backoff(Duration initial, double multiplier, Duration max) {
    public Backoff {
        if (initial == null || initial.isNegative()) {
            throw new InvalidValueException("initial delay must be zero or more");
        }
        if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
            throw new InvalidValueException("multiplier must be from 1 to 10");
        }
        if (max == null || max.compareTo(initial) < 0) {
            throw new InvalidValueException("max delay must be at least the initial delay");
        }
    }

    /** The delay before try number {@code n} of something (n = 1 for the first retry or poll). */
    public Duration delay(int n) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, n - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
