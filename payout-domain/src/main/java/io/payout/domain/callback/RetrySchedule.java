package io.payout.domain.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a callback that was not delivered is tried again: after each failed attempt the next delay of the list,
 * or later if the receiver asked for it with {@code Retry-After} (at most {@code maxRetryAfter}); after the last
 * delay, never (the callback has failed). {@code retryStep} counts the delays already used.
 */
public record RetrySchedule(List<Duration> delays, Duration maxRetryAfter) {
    /** Juspay's: 16 retries over about 24 hours (1 min, 5, 5, five times 10 min, five times 1 h, three times 6 h). */
    public static final RetrySchedule PRODUCTION = new RetrySchedule(List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1),
            Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6)), Duration.ofHours(6));

    public RetrySchedule {
        delays = List.copyOf(Objects.requireNonNull(delays, "delays"));
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive: " + delays);
        }
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative");
        }
    }

    /** How many retries follow the first attempt. */
    public int retries() {
        return delays.size();
    }

    /**
     * When to try again after a failed attempt, having used {@code retryStep} delays; empty: give up.
     *
     * @param retryAfter what the receiver asked for, or null
     */
    public Optional<Instant> nextAttempt(int retryStep, Duration retryAfter, Instant now) {
        if (retryStep < 0 || retryStep >= delays.size()) {
            return Optional.empty();
        }
        Duration delay = delays.get(retryStep);
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
            delay = asked.compareTo(delay) > 0 ? asked : delay;
        }
        return Optional.of(now.plus(delay));
    }
}
