package io.payout.gateway.host.collection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one collection provider is run: its id ({@code SANDBOX}, {@code EXPRESS_CHECKOUT}), whether it is used, and
 * the configuration section handed to {@code CollectionPlugin.create}. The section may hold credentials:
 * {@link #toString()} names its keys only.
 */
public record CollectionProviderSettings(String id, boolean enabled, Map<String, String> settings) {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    public CollectionProviderSettings {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("collection provider id must be upper case letters, digits and '_',"
                    + " such as EXPRESS_CHECKOUT, was '" + id + "'");
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
        if (settings.containsKey(null)) {
            throw new IllegalArgumentException("collection provider " + id + ": settings keys must not be null");
        }
    }

    /** An enabled provider with this configuration section. */
    public static CollectionProviderSettings enabled(String id, Map<String, String> settings) {
        return new CollectionProviderSettings(id, true, settings);
    }

    @Override
    public String toString() {
        return "CollectionProviderSettings[id=" + id + ", enabled=" + enabled + ", settings keys=" + settings.keySet()
                + "]";
    }
}
