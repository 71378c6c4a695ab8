package io.payout.domain.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineTimingsTest {
    private final EngineTimings timings = new EngineTimings(Duration.ofSeconds(10), Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(2));

    @Test
    void openTransactionIsPolledAfterHalfItsAge() {
        assertThat(timings.pollDelay(Duration.ofMinutes(4))).isEqualTo(Duration.ofMinutes(2));
        assertThat(timings.pollDelay(Duration.ofSeconds(21))).isEqualTo(Duration.ofMillis(10_500));
    }

    @Test
    void youngTransactionIsPolledAfterTheFirstPollDelay() {
        assertThat(timings.pollDelay(Duration.ZERO)).isEqualTo(Duration.ofSeconds(10));
        assertThat(timings.pollDelay(Duration.ofSeconds(19))).isEqualTo(Duration.ofSeconds(10));
        assertThat(timings.pollDelay(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void oldTransactionIsPolledAtLeastEveryMaxPoll() {
        assertThat(timings.pollDelay(Duration.ofMinutes(20))).isEqualTo(Duration.ofMinutes(10));
        assertThat(timings.pollDelay(Duration.ofDays(3))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void invalidTimingsAreRefused() {
        assertThatThrownBy(() -> new EngineTimings(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EngineTimings(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EngineTimings(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ZERO,
                Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EngineTimings(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofSeconds(-1))).isInstanceOf(InvalidValueException.class);
        assertThat(new EngineTimings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1), Duration.ZERO)
                .settledWatch()).isZero();
    }
}
