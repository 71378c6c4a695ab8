package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
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

    public String pluginsDirectory() {
        return pluginsDirectory;
    }

    public List<GatewayConfig> configured() {
        return configured;
    }
}
