package io.payout.app.loop;

import com.codahale.metrics.health.HealthCheck;

/**
 * Healthy while a background loop (the callback relay, the collection pump) runs and its rounds succeed, or when it
 * is switched off in this instance; three failed rounds in a row (e.g. the database refuses its writes) make it
 * unhealthy.
 */
public class LoopHealthCheck extends HealthCheck {
    private final String name;
    private final WakeableLoop loop;
    private final boolean enabled;

    public LoopHealthCheck(String name, WakeableLoop loop, boolean enabled) {
        this.name = name;
        this.loop = loop;
        this.enabled = enabled;
    }

    @Override
    protected Result check() {
        if (!enabled) {
            return Result.healthy(name + " disabled in this instance");
        }
        if (!loop.isRunning()) {
            return Result.unhealthy(name + " stopped");
        }
        int failed = loop.failedRounds();
        return failed >= 3 ? Result.unhealthy(name + ": the last " + failed + " rounds failed")
                : Result.healthy(name + " running");
    }
}
