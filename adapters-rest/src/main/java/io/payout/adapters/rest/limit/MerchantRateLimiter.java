package io.payout.adapters.rest.limit;

import io.payout.domain.MerchantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link TokenBucket} per merchant, in this instance's memory: with several instances behind a load balancer
 * each counts on its own, so a merchant may get up to that many times the limit in all. Only authenticated
 * merchants get a bucket, so there are never more buckets than merchants.
 */
public final class MerchantRateLimiter {
    private final RateLimitSettings settings;
    private final Clock clock;
    private final Map<MerchantId, TokenBucket> buckets = new ConcurrentHashMap<>();

    public MerchantRateLimiter(RateLimitSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RateLimitSettings settings() {
        return settings;
    }

    /**
     * Counts one request of the merchant: {@link Duration#ZERO} if it is within the limit (always, when the limit
     * is off), else how long until the merchant may send the next one (and nothing is counted).
     */
    public Duration acquire(MerchantId merchant) {
        if (!settings.enabled()) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        return buckets.computeIfAbsent(merchant, m -> new TokenBucket(settings, now)).take(now);
    }
}
