package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Clock;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.payout.application.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BacklogGaugesTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final MetricRegistry registry = new MetricRegistry();
    private final MutableClock clock = new MutableClock(T0);
    private final Ticker ticker = new Ticker();
    private final AtomicInteger reads = new AtomicInteger();
    private Optional<Instant> oldest = Optional.empty();
    private long due;
    private int capAsked;

    @BeforeEach
    void register() {
        BacklogGauges.register(registry, "orders", now -> {
            reads.incrementAndGet();
            return oldest;
        }, (now, cap) -> {
            capAsked = cap;
            return due;
        }, Duration.ofSeconds(5), clock, ticker);
    }

    @Test
    void theBacklogIsHowManyItemsWaitAndHowLongTheOldestHasWaited() {
        oldest = Optional.of(T0.minusMillis(12_500));
        due = 42;

        assertThat(items()).isEqualTo(42L);
        assertThat(oldestAge()).isEqualTo(12.5);
        assertThat(capAsked).isEqualTo(BacklogGauges.COUNT_CAP);
    }

    @Test
    void withoutABacklogBothAreZeroAndNothingIsCounted() {
        due = 7;

        assertThat(items()).isEqualTo(0L);
        assertThat(oldestAge()).isEqualTo(0.0);
        assertThat(capAsked).as("no count query without a backlog").isZero();
    }

    @Test
    void oneReadingServesBothGaugesUntilItIsOlderThanItsTtl() {
        oldest = Optional.of(T0.minusSeconds(1));
        due = 1;
        items();
        oldestAge();
        due = 2;
        ticker.advance(Duration.ofSeconds(4));
        assertThat(items()).isEqualTo(1L);
        assertThat(reads).hasValue(1);

        ticker.advance(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(6));

        assertThat(items()).isEqualTo(2L);
        assertThat(oldestAge()).isEqualTo(7.0);
        assertThat(reads).hasValue(2);
    }

    private Object items() {
        return gauge("payout.backlog.items{queue=orders}");
    }

    private Object oldestAge() {
        return gauge("payout.backlog.oldest_age_seconds{queue=orders}");
    }

    private Object gauge(String name) {
        Gauge<?> gauge = registry.getGauges().get(name);
        assertThat(gauge).as(name).isNotNull();
        return gauge.getValue();
    }

    private static final class Ticker extends Clock {
        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long getTick() {
            return nanos;
        }
    }
}
