package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** One gateway: its plugin id, whether it is used, its call timeout and concurrency, rails, plugin settings. */
public class GatewayConfig {
    @NotBlank
    @JsonProperty
    private String id;
    @JsonProperty
    private boolean enabled = true;
    @NotNull
    @JsonProperty
    private Duration timeout = Duration.seconds(10);
    @Min(1)
    @Max(1024)
    @JsonProperty
    private int maxConcurrency = 32;
    @NotNull
    @JsonProperty
    private List<String> rails = List.of();
    @NotNull
    @JsonProperty
    private Map<String, String> settings = Map.of();

    public String id() {
        return id;
    }

    public boolean enabled() {
        return enabled;
    }

    public java.time.Duration timeout() {
        return timeout.toJavaDuration();
    }

    public int maxConcurrency() {
        return maxConcurrency;
    }

    public List<String> rails() {
        return rails;
    }

    public Map<String, String> settings() {
        return settings;
    }
}
