package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthFailureLimiterTest {
    private static final Duration PER = Duration.ofMinutes(1);
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-15T10:00:00Z"));

    private AuthFailureLimiter limiter(int maxFailures, int maxClients) {
        return new AuthFailureLimiter(
                new AuthFailureLimitSettings(true, maxFailures, PER, maxClients, TrustedProxies.NONE), clock);
    }

    @Test
    void aClientMayFailMaxFailuresTimesAndIsThenBlockedUntilOneFailureIsForgiven() {
        AuthFailureLimiter limiter = limiter(20, 100);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.check("203.0.113.1")).as("before failure %d", i + 1).isEmpty();
            assertThat(limiter.recordFailure("203.0.113.1")).isTrue();
        }

        assertThat(limiter.check("203.0.113.1")).hasValueSatisfying(block ->
                assertThat(block.retryAfter()).isCloseTo(Duration.ofSeconds(3), Duration.ofMillis(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.check("203.0.113.1")).hasValueSatisfying(block ->
                assertThat(block.retryAfter()).isCloseTo(Duration.ofSeconds(2), Duration.ofMillis(1)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.check("203.0.113.1")).isEmpty();
    }

    @Test
    void checkingCountsNothing() {
        AuthFailureLimiter limiter = limiter(2, 100);
        limiter.recordFailure("203.0.113.2");

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.check("203.0.113.2")).isEmpty();
        }
        assertThat(limiter.check("203.0.113.3")).isEmpty();
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void eachClientCountsOnItsOwn() {
        AuthFailureLimiter limiter = limiter(2, 100);
        limiter.recordFailure("203.0.113.4");
        limiter.recordFailure("203.0.113.4");

        assertThat(limiter.check("203.0.113.4")).isPresent();
        assertThat(limiter.check("203.0.113.5")).isEmpty();
    }

    @Test
    void onlyTheFirstRefusalOfEachWindowIsToBeLogged() {
        AuthFailureLimiter limiter = limiter(1, 100);
        limiter.recordFailure("203.0.113.6");

        assertThat(limiter.check("203.0.113.6").orElseThrow().firstOfWindow()).isTrue();
        assertThat(limiter.check("203.0.113.6").orElseThrow().firstOfWindow()).isFalse();
        clock.advance(PER.minusSeconds(1));
        limiter.recordFailure("203.0.113.6");
        assertThat(limiter.check("203.0.113.6").orElseThrow().firstOfWindow()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        limiter.recordFailure("203.0.113.6");
        assertThat(limiter.check("203.0.113.6").orElseThrow().firstOfWindow()).isTrue();
    }

    @Test
    void aClientWhoseFailuresAreAllForgivenIsForgottenAtTheNextSweep() {
        AuthFailureLimiter limiter = limiter(20, 100);
        limiter.recordFailure("203.0.113.7");
        clock.advance(PER.dividedBy(2));
        for (int i = 0; i < 20; i++) {
            limiter.recordFailure("203.0.113.8");
        }

        clock.advance(PER.dividedBy(2));
        limiter.recordFailure("203.0.113.9");

        assertThat(limiter.trackedClients()).as("203.0.113.7 forgotten, 203.0.113.8 half refilled").isEqualTo(2);
        assertThat(limiter.check("203.0.113.8")).isEmpty();
        clock.advance(PER);
        limiter.recordFailure("203.0.113.10");
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void aFloodOfNewAddressesStaysWithinMaxClientsAndNeverFreesABlockedClient() {
        AuthFailureLimiter limiter = limiter(3, 1_000);
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("203.0.113.10");
        }

        int counted = 0;
        for (int i = 0; i < 100_000; i++) {
            counted += limiter.recordFailure("10." + (i >> 16) + "." + ((i >> 8) & 0xFF) + "." + (i & 0xFF)) ? 1 : 0;
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(10));
            }
        }

        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(1_000);
        assertThat(counted).isEqualTo(999);
        assertThat(limiter.check("203.0.113.10")).as("still blocked").isPresent();
    }

    @Test
    void roomMadeByForgivenClientsIsUsedByNewOnes() {
        AuthFailureLimiter limiter = limiter(3, 2);
        limiter.recordFailure("203.0.113.11");
        limiter.recordFailure("203.0.113.12");
        assertThat(limiter.recordFailure("203.0.113.13")).isFalse();

        clock.advance(Duration.ofSeconds(20));

        assertThat(limiter.recordFailure("203.0.113.13")).isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void anOffLimitBlocksNobodyAndCountsNothing() {
        AuthFailureLimiter limiter = new AuthFailureLimiter(
                new AuthFailureLimitSettings(false, 1, PER, 10, TrustedProxies.NONE), clock);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.recordFailure("203.0.113.14")).isFalse();
        }

        assertThat(limiter.check("203.0.113.14")).isEmpty();
        assertThat(limiter.trackedClients()).isZero();
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> new AuthFailureLimitSettings(true, 0, PER, 10, TrustedProxies.NONE))
                .hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new AuthFailureLimitSettings(true, 1, Duration.ZERO, 10, TrustedProxies.NONE))
                .hasMessageContaining("per");
        assertThatThrownBy(() -> new AuthFailureLimitSettings(true, 1, PER, 0, TrustedProxies.NONE))
                .hasMessageContaining("maxClients");
    }
}
