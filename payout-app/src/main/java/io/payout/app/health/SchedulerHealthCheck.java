package io.payout.app.health;

import com.codahale.metrics.health.HealthCheck;
import io.payout.app.engine.ClusterJobs;
import io.payout.app.engine.EngineScheduler;

/** Healthy while the engine's Quartz schedulers run: without the pump, no payout moves. */
public class SchedulerHealthCheck extends HealthCheck {
    private final EngineScheduler scheduler;
    private final ClusterJobs clusterJobs;

    public SchedulerHealthCheck(EngineScheduler scheduler, ClusterJobs clusterJobs) {
        this.scheduler = scheduler;
        this.clusterJobs = clusterJobs;
    }

    @Override
    protected Result check() throws Exception {
        if (!scheduler.isRunning()) {
            return Result.unhealthy("the engine's work pump is not running");
        }
        return clusterJobs.isRunning() ? Result.healthy() : Result.unhealthy("the cluster jobs scheduler is not running");
    }
}
