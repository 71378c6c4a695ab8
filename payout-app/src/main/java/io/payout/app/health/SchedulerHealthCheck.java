package io.payout.app.health;

import com.codahale.metrics.health.HealthCheck;
import io.payout.app.engine.EngineScheduler;

/** Healthy while the engine's Quartz scheduler runs: without it, no payout moves. */
public class SchedulerHealthCheck extends HealthCheck {
    private final EngineScheduler scheduler;

    public SchedulerHealthCheck(EngineScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected Result check() throws Exception {
        return scheduler.isRunning() ? Result.healthy() : Result.unhealthy("the engine's scheduler is not running");
    }
}
