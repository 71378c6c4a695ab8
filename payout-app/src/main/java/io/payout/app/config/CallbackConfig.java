package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.payout.application.callback.RelaySettings;
import io.payout.domain.callback.RetrySchedule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Merchant callbacks: the outbox relay's pace and limits, the post timeout, the retry schedule (the defaults are
 * Juspay's 16 retries over 24 hours), which targets are refused (server-side request forgery), how long merchant
 * configuration is cached, and how long a rotated webhook secret keeps signing.
 */
public class CallbackConfig {
    @JsonProperty
    private boolean enabled = true;
    @NotNull
    @JsonProperty
    private Duration pollInterval = Duration.milliseconds(500);
    @Min(1)
    @Max(1000)
    @JsonProperty
    private int batchSize = 64;
    @Min(1)
    @Max(4096)
    @JsonProperty
    private int maxInFlight = 128;
    @Min(1)
    @Max(256)
    @JsonProperty
    private int maxPerEndpoint = 4;
    @NotNull
    @JsonProperty
    private Duration timeout = Duration.seconds(10);
    @NotNull
    @JsonProperty
    private Duration lease = Duration.seconds(60);
    @NotNull
    @JsonProperty
    private Duration busyDelay = Duration.seconds(1);
    @NotEmpty
    @JsonProperty
    private List<Duration> retryDelays = RetrySchedule.PRODUCTION.delays().stream()
            .map(d -> Duration.seconds(d.toSeconds())).toList();
    @NotNull
    @JsonProperty
    private Duration maxRetryAfter = Duration.hours(6);
    @JsonProperty
    private boolean allowLoopbackTargets = false;
    @JsonProperty
    private boolean allowPrivateTargets = false;
    @NotNull
    @JsonProperty
    private Duration merchantCacheTtl = Duration.seconds(10);
    @NotNull
    @JsonProperty
    private Duration secretRotationOverlap = Duration.hours(24);
    /** The health check fails when a callback that could be sent has waited longer than this. */
    @NotNull
    @JsonProperty
    private Duration backlogThreshold = Duration.minutes(15);

    public boolean enabled() {
        return enabled;
    }

    public java.time.Duration pollInterval() {
        return pollInterval.toJavaDuration();
    }

    public java.time.Duration timeout() {
        return timeout.toJavaDuration();
    }

    public int maxPerEndpoint() {
        return maxPerEndpoint;
    }

    public boolean allowLoopbackTargets() {
        return allowLoopbackTargets;
    }

    public boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }

    public java.time.Duration backlogThreshold() {
        return backlogThreshold.toJavaDuration();
    }

    public java.time.Duration merchantCacheTtl() {
        return merchantCacheTtl.toJavaDuration();
    }

    public java.time.Duration secretRotationOverlap() {
        return secretRotationOverlap.toJavaDuration();
    }

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(retryDelays.stream().map(Duration::toJavaDuration).toList(),
                maxRetryAfter.toJavaDuration());
    }

    public RelaySettings relaySettings() {
        return new RelaySettings(batchSize, maxInFlight, maxPerEndpoint, lease.toJavaDuration(),
                busyDelay.toJavaDuration());
    }
}
