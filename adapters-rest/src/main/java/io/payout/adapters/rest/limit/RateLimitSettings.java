package io.payout.adapters.rest.limit;

/**
 * The merchant API's rate limit: each merchant may send {@code requestsPerSecond} requests a second on average, and
 * up to {@code burst} at once after a quiet spell (a token bucket of {@code burst} tokens refilled at
 * {@code requestsPerSecond}). Counted per instance, after authentication.
 */
public record RateLimitSettings(boolean enabled, double requestsPerSecond, int burst) {
    /** Generous: 200 a second, bursts of 400. */
    public static final RateLimitSettings DEFAULT = new RateLimitSettings(true, 200, 400);

    public RateLimitSettings {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive, was " + requestsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
    }
}
