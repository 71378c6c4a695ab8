package io.payout.adapters.rest.limit;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: full at first ({@code burst} tokens), one token per request, refilled continuously at
 * {@code requestsPerSecond} up to {@code burst}. Time comes from the caller; a clock that steps back refills nothing.
 */
final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(RateLimitSettings settings, Instant now) {
        this.capacity = settings.burst();
        this.tokensPerNano = settings.requestsPerSecond() / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token: {@link Duration#ZERO} if there was one, else (taking nothing) how long until there is one. */
    synchronized Duration take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return untilToken(now);
    }

    /** How long until there is a token ({@link Duration#ZERO}: there is one now), taking nothing. */
    synchronized Duration untilToken(Instant now) {
        refill(now);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** Whether the bucket is full again: it then holds nothing a new bucket would not. */
    synchronized boolean isFull(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double elapsedNanos = Duration.between(refilledAt, now).toNanos();
            tokens = Math.min(capacity, tokens + elapsedNanos * tokensPerNano);
            refilledAt = now;
        }
    }
}
