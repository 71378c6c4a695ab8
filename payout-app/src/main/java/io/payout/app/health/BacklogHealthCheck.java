package io.payout.app.health;

import com.codahale.metrics.health.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Unhealthy when work waits too long: the oldest due item nobody is working on (an order for the engine, a
 * callback for the relay) became due more than {@code threshold} ago. With every instance's workers busy or stopped,
 * this is what grows.
 */
public class BacklogHealthCheck extends HealthCheck {
    private final String what;
    private final Function<Instant, Optional<Instant>> oldestDue;
    private final Duration threshold;
    private final Clock clock;

    public BacklogHealthCheck(String what, Function<Instant, Optional<Instant>> oldestDue, Duration threshold,
                              Clock clock) {
        this.what = what;
        this.oldestDue = oldestDue;
        this.threshold = threshold;
        this.clock = clock;
    }

    @Override
    protected Result check() {
        Instant now = clock.instant();
        Optional<Instant> oldest = oldestDue.apply(now);
        if (oldest.isEmpty()) {
            return Result.healthy("no " + what + " waiting");
        }
        Duration age = Duration.between(oldest.get(), now);
        String message = "oldest due " + what + " has waited " + age.toSeconds() + " s (threshold "
                + threshold.toSeconds() + " s)";
        return age.compareTo(threshold) > 0 ? Result.unhealthy(message) : Result.healthy(message);
    }
}
