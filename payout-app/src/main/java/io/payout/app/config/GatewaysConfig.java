package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Where external plugin jars are, and the gateways to use, in priority order. */
public class GatewaysConfig {
    @NotNull
    @JsonProperty
    private String pluginsDirectory = "plugins";
    @Valid
    @NotNull
    @JsonProperty
    private List<GatewayConfig> configured = List.of();
    /** The merchant balance API asks the gateways at most this often; in between it shows their last answer. */
    @NotNull
    @JsonProperty
    private Duration balanceRefresh = Duration.seconds(10);
    /** How often each instance reads the pauses operators saved (a pause reaches the other instances within it). */
    @NotNull
    @JsonProperty
    private Duration pauseSync = Duration.seconds(5);

    public String pluginsDirectory() {
        return pluginsDirectory;
    }

    public List<GatewayConfig> configured() {
        return configured;
    }

    public java.time.Duration balanceRefresh() {
        return balanceRefresh.toJavaDuration();
    }

    public java.time.Duration pauseSync() {
        return pauseSync.toJavaDuration();
    }
}
