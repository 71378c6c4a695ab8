package io.payout.application.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine claims work: this instance's name (owner of its claims), how many orders one claim takes, and how
 * long a claim lasts (longer than the slowest gateway call, so that a live instance never loses its claim).
 */
public record EngineSettings(String instanceId, int batchSize, Duration lease) {
    public EngineSettings {
        Objects.requireNonNull(instanceId, "instanceId");
        if (instanceId.isBlank() || instanceId.length() > 100) {
            throw new IllegalArgumentException("instanceId must be 1 to 100 characters (it names the owner of claims)");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
    }
}
