package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** How API keys behave: how long an old key keeps working after {@code merchants rotate-key}. */
public class AuthSettings {
    @NotNull
    @JsonProperty
    private Duration keyRotationGracePeriod = Duration.hours(24);

    public java.time.Duration keyRotationGracePeriod() {
        return keyRotationGracePeriod.toJavaDuration();
    }
}
