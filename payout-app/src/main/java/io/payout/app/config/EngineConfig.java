package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.payout.domain.attempt.EngineTimings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * The fulfillment engine: how often each instance claims due work and how much, its workers, the claim lease, the
 * polling cadence, the default retry policy (service-wide and per merchant) and per-merchant method priorities.
 */
public class EngineConfig {
    @JsonProperty
    private boolean enabled = true;
    @JsonProperty
    private String instanceId = "";
    @NotNull
    @JsonProperty
    private Duration pumpInterval = Duration.milliseconds(250);
    @Min(1)
    @Max(1000)
    @JsonProperty
    private int batchSize = 64;
    @Min(1)
    @Max(512)
    @JsonProperty
    private int workerThreads = 16;
    @NotNull
    @JsonProperty
    private Duration lease = Duration.seconds(60);
    @NotNull
    @JsonProperty
    private Duration sweepInterval = Duration.seconds(30);
    /** The health check fails when a due order has waited longer than this with nobody working on it. */
    @NotNull
    @JsonProperty
    private Duration backlogThreshold = Duration.minutes(5);
    @NotNull
    @JsonProperty
    private Duration firstPoll = Duration.seconds(2);
    @NotNull
    @JsonProperty
    private Duration maxPoll = Duration.minutes(5);
    @NotNull
    @JsonProperty
    private Duration reviewPoll = Duration.minutes(15);
    @NotNull
    @JsonProperty
    private Duration settledWatch = Duration.hours(24);
    @Valid
    @NotNull
    @JsonProperty
    private RetryPolicySettings retryPolicy = new RetryPolicySettings();
    @Valid
    @NotNull
    @JsonProperty
    private Map<String, RetryPolicySettings> merchantRetryPolicies = Map.of();
    @NotNull
    @JsonProperty
    private Map<String, List<String>> merchantMethodPriorities = Map.of();

    public boolean enabled() {
        return enabled;
    }

    public String instanceId() {
        return instanceId;
    }

    public java.time.Duration pumpInterval() {
        return pumpInterval.toJavaDuration();
    }

    public java.time.Duration backlogThreshold() {
        return backlogThreshold.toJavaDuration();
    }

    public int batchSize() {
        return batchSize;
    }

    public int workerThreads() {
        return workerThreads;
    }

    public java.time.Duration lease() {
        return lease.toJavaDuration();
    }

    public java.time.Duration sweepInterval() {
        return sweepInterval.toJavaDuration();
    }

    public EngineTimings timings() {
        return new EngineTimings(firstPoll.toJavaDuration(), maxPoll.toJavaDuration(), reviewPoll.toJavaDuration(),
                settledWatch.toJavaDuration());
    }

    public RetryPolicySettings retryPolicy() {
        return retryPolicy;
    }

    public Map<String, RetryPolicySettings> merchantRetryPolicies() {
        return merchantRetryPolicies;
    }

    public Map<String, List<String>> merchantMethodPriorities() {
        return merchantMethodPriorities;
    }
}
