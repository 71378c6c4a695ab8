package io.payout.app.metrics;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One backlog (due work nobody holds: orders for the engine, callbacks for the relay) as two gauges,
 * {@value #ITEMS}{@code {queue}} (how many, counted up to {@value #COUNT_CAP}) and {@value #OLDEST_AGE}{@code {queue}}
 * (how long the oldest has waited since it became due; 0 without a backlog). Both come from one read of the database
 * (two small queries), kept for {@code ttl}, so that scrapes, however frequent, cost at most that per {@code ttl}.
 */
public final class BacklogGauges {
    public static final String ITEMS = "payout.backlog.items";
    public static final String OLDEST_AGE = "payout.backlog.oldest_age_seconds";
    public static final int COUNT_CAP = 100_000;

    /** How many items are due and held by nobody, at most {@code cap}. */
    @FunctionalInterface
    public interface DueCount {
        long countDue(Instant now, int cap);
    }

    private record Reading(long items, double oldestAgeSeconds) {
    }

    private BacklogGauges() {
    }

    /**
     * Registers the two gauges of {@code queue}: {@code oldestDue} says when the oldest due item nobody holds became
     * due (empty without a backlog), {@code dueCount} how many there are.
     */
    public static void register(MetricRegistry registry, String queue, Function<Instant, Optional<Instant>> oldestDue,
                                DueCount dueCount, Duration ttl, Clock clock) {
        register(registry, queue, oldestDue, dueCount, ttl, clock, com.codahale.metrics.Clock.defaultClock());
    }

    static void register(MetricRegistry registry, String queue, Function<Instant, Optional<Instant>> oldestDue,
                         DueCount dueCount, Duration ttl, Clock clock, com.codahale.metrics.Clock ticker) {
        CachedGauge<Reading> reading = new CachedGauge<>(ticker, ttl.toNanos(), TimeUnit.NANOSECONDS) {
            @Override
            protected Reading loadValue() {
                Instant now = clock.instant();
                Optional<Instant> oldest = oldestDue.apply(now);
                long items = oldest.isEmpty() ? 0 : dueCount.countDue(now, COUNT_CAP);
                double age = oldest.map(at -> Math.max(0, Duration.between(at, now).toMillis()) / 1000d).orElse(0d);
                return new Reading(items, age);
            }
        };
        registry.register(MetricName.of(ITEMS, "queue", queue), (Gauge<Long>) () -> reading.getValue().items());
        registry.register(MetricName.of(OLDEST_AGE, "queue", queue),
                (Gauge<Double>) () -> reading.getValue().oldestAgeSeconds());
    }
}
