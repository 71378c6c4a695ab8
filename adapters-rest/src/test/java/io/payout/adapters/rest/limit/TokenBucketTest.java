package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.MutableClock;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void aFullBucketLetsTheBurstThroughThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(new RateLimitSettings(true, 4, 2), T0);

        assertThat(bucket.take(T0)).isZero();
        assertThat(bucket.take(T0)).isZero();
        assertThat(bucket.take(T0)).isEqualTo(Duration.ofMillis(250));
        assertThat(bucket.take(T0.plusMillis(100))).isEqualTo(Duration.ofMillis(150));
        assertThat(bucket.take(T0.plusMillis(250))).isZero();
    }

    @Test
    void lookingAtABucketTakesNothing() {
        TokenBucket bucket = new TokenBucket(new RateLimitSettings(true, 4, 2), T0);
        bucket.take(T0);

        assertThat(bucket.untilToken(T0)).isZero();
        assertThat(bucket.untilToken(T0)).isZero();
        assertThat(bucket.isFull(T0)).isFalse();
        bucket.take(T0);
        assertThat(bucket.untilToken(T0)).isEqualTo(Duration.ofMillis(250));
        assertThat(bucket.isFull(T0.plusMillis(499))).isFalse();
        assertThat(bucket.isFull(T0.plusMillis(500))).isTrue();
    }

    @Test
    void refillStopsAtTheBurst() {
        TokenBucket bucket = new TokenBucket(new RateLimitSettings(true, 10, 3), T0);
        for (int i = 0; i < 3; i++) {
            bucket.take(T0);
        }

        Instant later = T0.plus(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.take(later)).isZero();
        }
        assertThat(bucket.take(later)).isPositive();
    }

    @Test
    void aClockThatStepsBackRefillsNothingAndBreaksNothing() {
        TokenBucket bucket = new TokenBucket(new RateLimitSettings(true, 1, 1), T0);
        bucket.take(T0);

        assertThat(bucket.take(T0.minusSeconds(30))).isEqualTo(Duration.ofSeconds(1));
        assertThat(bucket.take(T0.plusSeconds(1))).isZero();
    }

    @Test
    void eachMerchantHasItsOwnBucketAndAnOffLimitLetsEverythingThrough() {
        MutableClock clock = new MutableClock(T0);
        MerchantRateLimiter limiter = new MerchantRateLimiter(new RateLimitSettings(true, 1, 1), clock);
        MerchantRateLimiter off = new MerchantRateLimiter(new RateLimitSettings(false, 1, 1), clock);

        assertThat(limiter.acquire(new MerchantId("a"))).isZero();
        assertThat(limiter.acquire(new MerchantId("a"))).isPositive();
        assertThat(limiter.acquire(new MerchantId("b"))).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(off.acquire(new MerchantId("a"))).isZero();
        }
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(500))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(2, 1))).isEqualTo(3);
    }

    @Test
    void settingsMustDescribeALimit() {
        assertThatThrownBy(() -> new RateLimitSettings(true, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitSettings(true, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitSettings(true, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
