package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** One collection provider (Pay and Fulfill): its plugin id, whether it is used, and its plugin settings. */
public class CollectionProviderConfig {
    @NotBlank
    @JsonProperty
    private String id;
    @JsonProperty
    private boolean enabled = true;
    /** When set, the provider runs only if this setting (e.g. {@code api-key}) has a value. */
    @JsonProperty
    private String enabledWhenSettingSet;
    @NotNull
    @JsonProperty
    private Map<String, String> settings = Map.of();

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
        String value = settings.get(enabledWhenSettingSet);
        return value != null && !value.isBlank();
    }

    public Map<String, String> settings() {
        return settings;
    }
}
