package io.payout.adapters.rest.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * The limit on failed authentications per client: each client (address, see {@link ClientAddresses}) may fail
 * {@code maxFailures} times at once, and then again at that rate over {@code per} (a token bucket of
 * {@code maxFailures} failures refilled over {@code per}); a client with no failure left is refused every request on
 * an API-key endpoint, valid key or not, until it has one again. At most {@code maxClients} clients are counted at
 * once. {@code trustedProxies}: whose {@code X-Forwarded-For} names the client.
 */
public record AuthFailureLimitSettings(boolean enabled, int maxFailures, Duration per, int maxClients,
                                       TrustedProxies trustedProxies) {
    /** 20 failures a minute per address, 50,000 addresses at most (about 10 MB), no proxy trusted. */
    public static final AuthFailureLimitSettings DEFAULT =
            new AuthFailureLimitSettings(true, 20, Duration.ofMinutes(1), 50_000, TrustedProxies.NONE);

    public AuthFailureLimitSettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        Objects.requireNonNull(per, "per");
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("per must be positive, was " + per);
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be at least 1, was " + maxClients);
        }
        Objects.requireNonNull(trustedProxies, "trustedProxies");
    }

    /** The same limit as a token bucket's: {@code maxFailures} at once, refilled at that many per {@code per}. */
    RateLimitSettings bucket() {
        return new RateLimitSettings(true, maxFailures * 1_000_000_000d / per.toNanos(), maxFailures);
    }

    /** How long one failure takes to be forgiven. */
    Duration perFailure() {
        return per.dividedBy(maxFailures);
    }
}
