package io.payout.gateway.dummy;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How the sandbox behaves beyond its amount table; see {@link DummyGatewayPlugin} for the configuration keys.
 *
 * @param timeoutShare        share of answers lost as a timeout, from 0 to 1 ({@code timeout-share})
 * @param latency             how long every call waits before answering ({@code latency-ms})
 * @param delayedFailureAfter how long after acceptance a 28.00 payout fails ({@code delayed-failure-after-ms})
 * @param reversalAfter       how long after acceptance a 98.00 payout is reversed ({@code reversal-after-ms})
 * @param seed                seed of the random source, for reproducible timeouts ({@code seed})
 */
public record DummySettings(double timeoutShare, Duration latency, Duration delayedFailureAfter,
                            Duration reversalAfter, OptionalLong seed) {
    public static final String TIMEOUT_SHARE = "timeout-share";
    public static final String LATENCY_MS = "latency-ms";
    public static final String DELAYED_FAILURE_AFTER_MS = "delayed-failure-after-ms";
    public static final String REVERSAL_AFTER_MS = "reversal-after-ms";
    public static final String SEED = "seed";

    private static final double DEFAULT_TIMEOUT_SHARE = 0.16;
    private static final long DEFAULT_DELAY_MS = 20_000;

    public DummySettings {
        if (!(timeoutShare >= 0 && timeoutShare <= 1)) {
            throw new IllegalArgumentException(TIMEOUT_SHARE + " must be from 0 to 1, was " + timeoutShare);
        }
        requireNotNegative(LATENCY_MS, latency);
        requireNotNegative(DELAYED_FAILURE_AFTER_MS, delayedFailureAfter);
        requireNotNegative(REVERSAL_AFTER_MS, reversalAfter);
        Objects.requireNonNull(seed, SEED);
    }

    /** Juspay's sandbox: 16% timeouts, no latency, delayed failure and reversal after 20 seconds, unseeded. */
    public static DummySettings defaults() {
        return fromConfiguration(Map.of());
    }

    /** Reads the configuration section; every key is optional. */
    public static DummySettings fromConfiguration(Map<String, String> configuration) {
        ConfigurationSection section = new ConfigurationSection(
                Objects.requireNonNull(configuration, "configuration"));
        return new DummySettings(
                section.share(TIMEOUT_SHARE, DEFAULT_TIMEOUT_SHARE),
                Duration.ofMillis(section.nonNegativeLong(LATENCY_MS, 0)),
                Duration.ofMillis(section.nonNegativeLong(DELAYED_FAILURE_AFTER_MS, DEFAULT_DELAY_MS)),
                Duration.ofMillis(section.nonNegativeLong(REVERSAL_AFTER_MS, DEFAULT_DELAY_MS)),
                section.optionalLong(SEED));
    }

    public DummySettings withTimeoutShare(double share) {
        return new DummySettings(share, latency, delayedFailureAfter, reversalAfter, seed);
    }

    private static void requireNotNegative(String key, Duration duration) {
        Objects.requireNonNull(duration, key);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, was " + duration.toMillis());
        }
    }
}
