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
                              Map<String, String> settings, int circuitBreakerThreshold,
                              Duration circuitBreakerCooldown) {
    /** Unusable answers in a row that open a gateway's circuit, unless configured. */
    public static final int DEFAULT_CIRCUIT_BREAKER_THRESHOLD = 5;
    /** How long an open circuit keeps a gateway out of rotation, unless configured. */
    public static final Duration DEFAULT_CIRCUIT_BREAKER_COOLDOWN = Duration.ofSeconds(60);
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
        if (circuitBreakerThreshold < 1) {
            throw new IllegalArgumentException("gateway " + id + ": circuitBreakerThreshold must be at least 1, was "
                    + circuitBreakerThreshold);
        }
        if (circuitBreakerCooldown == null || circuitBreakerCooldown.isNegative() || circuitBreakerCooldown.isZero()) {
            throw new IllegalArgumentException(
                    "gateway " + id + ": circuitBreakerCooldown must be positive, was " + circuitBreakerCooldown);
        }
        rails = checkedRails(id, rails == null ? List.of() : rails);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
        if (settings.containsKey(null)) {
            throw new IllegalArgumentException("gateway " + id + ": settings keys must not be null");
        }
    }

    /** Settings with the default circuit breaker. */
    public GatewaySettings(String id, boolean enabled, Duration timeout, int maxConcurrency, List<String> rails,
                           Map<String, String> settings) {
        this(id, enabled, timeout, maxConcurrency, rails, settings, DEFAULT_CIRCUIT_BREAKER_THRESHOLD,
                DEFAULT_CIRCUIT_BREAKER_COOLDOWN);
    }

    /** An enabled gateway with all its plugin's rails. */
    public static GatewaySettings enabled(String id, Duration timeout, int maxConcurrency,
                                          Map<String, String> settings) {
        return new GatewaySettings(id, true, timeout, maxConcurrency, List.of(), settings);
    }

    /** These settings with only {@code rails} enabled, in this order. */
    public GatewaySettings withRails(List<String> subset) {
        return new GatewaySettings(id, enabled, timeout, maxConcurrency, subset, settings, circuitBreakerThreshold,
                circuitBreakerCooldown);
    }

    /** These settings with a circuit breaker opening after {@code threshold} unusable answers for {@code cooldown}. */
    public GatewaySettings withCircuitBreaker(int threshold, Duration cooldown) {
        return new GatewaySettings(id, enabled, timeout, maxConcurrency, rails, settings, threshold, cooldown);
    }

    @Override
    public String toString() {
        return "GatewaySettings[id=" + id + ", enabled=" + enabled + ", timeout=" + timeout + ", maxConcurrency="
                + maxConcurrency + ", rails=" + rails + ", settings keys=" + settings.keySet() + ", circuitBreakerThreshold="
                + circuitBreakerThreshold + ", circuitBreakerCooldown=" + circuitBreakerCooldown + "]";
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
