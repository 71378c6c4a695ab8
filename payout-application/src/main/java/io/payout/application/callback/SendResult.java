package io.payout.application.callback;

import java.time.Duration;
import java.util.Objects;

/**
 * What a receiver did with one post. {@code retryAfter}: what it asked for with {@code Retry-After} (null: nothing).
 * {@code permanent}: trying again cannot help (the target is refused by policy), so the callback fails at once.
 */
public record SendResult(DeliveryAttempt attempt, Duration retryAfter, boolean permanent) {
    public SendResult {
        Objects.requireNonNull(attempt, "attempt");
    }
}
