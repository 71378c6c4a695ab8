package io.payout.domain.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30));

    @Test
    void firstDelayIsTheInitialDelay() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void delayGrowsByTheMultiplierEachTime() {
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void delayNeverExceedsTheMaximum() {
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(10)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void multiplierOfOneKeepsTheDelayConstant() {
        Backoff constant = new Backoff(Duration.ofSeconds(3), 1.0, Duration.ofSeconds(3));

        assertThat(constant.delay(1)).isEqualTo(Duration.ofSeconds(3));
        assertThat(constant.delay(9)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void fractionalMultiplierGrowsInMilliseconds() {
        Backoff slow = new Backoff(Duration.ofSeconds(1), 1.5, Duration.ofMinutes(1));

        assertThat(slow.delay(2)).isEqualTo(Duration.ofMillis(1500));
        assertThat(slow.delay(3)).isEqualTo(Duration.ofMillis(2250));
    }

    @Test
    void zeroInitialDelayStaysZero() {
        Backoff none = new Backoff(Duration.ZERO, 2.0, Duration.ZERO);

        assertThat(none.delay(1)).isZero();
        assertThat(none.delay(5000)).isZero();
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), 2.0, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Backoff(null, 2.0, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 11, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Double.NaN, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2.0, null))
                .isInstanceOf(InvalidValueException.class);
    }
}
