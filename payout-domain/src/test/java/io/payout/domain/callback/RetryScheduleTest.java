package io.payout.domain.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(5)),
            Duration.ofMinutes(1));

    @Test
    void productionScheduleIsSixteenRetriesOverAboutADay() {
        Duration total = RetrySchedule.PRODUCTION.delays().stream().reduce(Duration.ZERO, Duration::plus);

        assertThat(RetrySchedule.PRODUCTION.retries()).isEqualTo(16);
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 5 + 5 + 50).plusHours(5 + 18));
    }

    @Test
    void eachFailureUsesTheNextDelayAndTheLastOneGivesUp() {
        assertThat(schedule.nextAttempt(0, null, NOW)).contains(NOW.plusSeconds(1));
        assertThat(schedule.nextAttempt(1, null, NOW)).contains(NOW.plusSeconds(5));
        assertThat(schedule.nextAttempt(2, null, NOW)).isEmpty();
    }

    @Test
    void retryAfterPostponesButIsCappedAndNeverHastens() {
        assertThat(schedule.nextAttempt(0, Duration.ofSeconds(30), NOW)).contains(NOW.plusSeconds(30));
        assertThat(schedule.nextAttempt(0, Duration.ofHours(3), NOW)).contains(NOW.plusSeconds(60));
        assertThat(schedule.nextAttempt(1, Duration.ZERO, NOW)).contains(NOW.plusSeconds(5));
    }

    @Test
    void delaysMustBePositive() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
