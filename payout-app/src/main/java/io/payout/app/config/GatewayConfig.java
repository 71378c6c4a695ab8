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
    /** When set, the gateway runs only if this setting (e.g. {@code key-id}) has a value: enabled by credentials. */
    @JsonProperty
    private String enabledWhenSettingSet;
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
    /** Unusable answers in a row (timeouts, errors; not our own "busy") that take the gateway out of rotation. */
    @Min(1)
    @JsonProperty
    private int circuitBreakerThreshold = 5;
    /** How long an open circuit keeps the gateway out of rotation before it is tried again. */
    @NotNull
    @JsonProperty
    private Duration circuitBreakerCooldown = Duration.seconds(60);

    public String id() {
        return id;
    }

    /** Enabled, and, if it depends on a setting, that setting has a value. */
    public boolean enabled() {
        if (!enabled) {
            return false;
        }
        if (enabledWhenSettingSet == null || enabledWhenSettingSet.isBlank()) {
            return true;
        }
        String value = settings == null ? null : settings.get(enabledWhenSettingSet);
        return value != null && !value.isBlank();
    }

    public java.time.Duration timeout() {
        return timeout.toJavaDuration();
    }

    public int maxConcurrency() {
        return maxConcurrency;
    }

    public int circuitBreakerThreshold() {
        return circuitBreakerThreshold;
    }

    public java.time.Duration circuitBreakerCooldown() {
        return circuitBreakerCooldown.toJavaDuration();
    }

    public List<String> rails() {
        return rails;
    }

    /** The plugin's settings; a setting left empty (an unset environment variable) is left out. */
    public Map<String, String> settings() {
        Map<String, String> present = new java.util.LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(key, value);
            }
        });
        return present;
    }
}
