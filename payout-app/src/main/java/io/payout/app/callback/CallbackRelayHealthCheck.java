package io.payout.app.callback;

import com.codahale.metrics.health.HealthCheck;

/** Healthy while the callback relay thread runs (or when callbacks are switched off in this instance). */
public class CallbackRelayHealthCheck extends HealthCheck {
    private final CallbackRelayLoop loop;
    private final boolean enabled;

    public CallbackRelayHealthCheck(CallbackRelayLoop loop, boolean enabled) {
        this.loop = loop;
        this.enabled = enabled;
    }

    @Override
    protected Result check() {
        if (!enabled) {
            return Result.healthy("callback relay disabled in this instance");
        }
        return loop.isRunning() ? Result.healthy("callback relay running") : Result.unhealthy("callback relay stopped");
    }
}
