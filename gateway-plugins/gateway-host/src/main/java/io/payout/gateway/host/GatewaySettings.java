package io.payout.gateway.host;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one gateway is run: whether it is used, how long a call may take, how many calls it may have running at once,
 * which of its plugin's rails are enabled (empty: all of them, in alphabetical order; otherwise these, in this
 * order), and the configuration section handed to {@code GatewayPlugin.create}. The section may hold credentials:
 * {@link #toString()} names its keys only.
 */
public record GatewaySettings(String id, boolean enabled, Duration timeout, int maxConcurrency, List<String> rails,
                              Map<String, String> settings) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*");

    public GatewaySettings {
        if (id == null || !NAME.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "gateway id must be upper case letters and digits, such as DUMMY, was '" + id + "'");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("gateway " + id + ": timeout must be positive, was " + timeout);
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException(
                    "gateway " + id + ": maxConcurrency must be at least 1, was " + maxConcurrency);
        }
        rails = checkedRails(id, rails == null ? List.of() : rails);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
        if (settings.containsKey(null)) {
            throw new IllegalArgumentException("gateway " + id + ": settings keys must not be null");
        }
    }

    /** An enabled gateway with all its plugin's rails. */
    public static GatewaySettings enabled(String id, Duration timeout, int maxConcurrency,
                                          Map<String, String> settings) {
        return new GatewaySettings(id, true, timeout, maxConcurrency, List.of(), settings);
    }

    /** These settings with only {@code rails} enabled, in this order. */
    public GatewaySettings withRails(List<String> subset) {
        return new GatewaySettings(id, enabled, timeout, maxConcurrency, subset, settings);
    }

    @Override
    public String toString() {
        return "GatewaySettings[id=" + id + ", enabled=" + enabled + ", timeout=" + timeout + ", maxConcurrency="
                + maxConcurrency + ", rails=" + rails + ", settings keys=" + settings.keySet() + "]";
    }

    private static List<String> checkedRails(String id, List<String> rails) {
        for (String rail : rails) {
            if (rail == null || !NAME.matcher(rail).matches()) {
                throw new IllegalArgumentException("gateway " + id
                        + ": rails must be upper case letters and digits, such as IMPS, was '" + rail + "'");
            }
        }
        if (new HashSet<>(rails).size() != rails.size()) {
            throw new IllegalArgumentException("gateway " + id + ": rails must not repeat, were " + rails);
        }
        return List.copyOf(rails);
    }
}
