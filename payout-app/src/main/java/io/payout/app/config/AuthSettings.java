package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * How API keys behave: how long an old key keeps working after {@code merchants rotate-key}, and how long an instance
 * remembers a key that worked ({@code keyCacheTtl}, at most {@code keyCacheSize} keys; {@code 0 s}: not at all).
 */
public class AuthSettings {
    @NotNull
    @JsonProperty
    private Duration keyRotationGracePeriod = Duration.hours(24);
    @NotNull
    @MaxDuration(value = 5, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration keyCacheTtl = Duration.seconds(10);
    @Min(0)
    @Max(1_000_000)
    @JsonProperty
    private int keyCacheSize = 10_000;

    public java.time.Duration keyRotationGracePeriod() {
        return keyRotationGracePeriod.toJavaDuration();
    }

    /**
     * {@code keyCacheTtl}, but never longer than {@code keyRotationGracePeriod}: a key remembered just before a
     * rotation made elsewhere (the {@code merchants} command, another instance) is forgotten before its grace period
     * ends, so the cache never lets an old key work past it.
     */
    public java.time.Duration keyCacheTtl() {
        java.time.Duration ttl = keyCacheTtl.toJavaDuration();
        java.time.Duration grace = keyRotationGracePeriod();
        return ttl.compareTo(grace) <= 0 ? ttl : grace;
    }

    public int keyCacheSize() {
        return keyCacheSize;
    }
}
