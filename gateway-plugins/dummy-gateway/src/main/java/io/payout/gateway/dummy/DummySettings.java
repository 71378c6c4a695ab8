package io.payout.gateway.dummy;

import java.math.BigDecimal;
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
 * @param openingBalance      the sandbox account's balance before any payout, in rupees ({@code opening-balance})
 */
public record DummySettings(double timeoutShare, Duration latency, Duration delayedFailureAfter,
                            Duration reversalAfter, OptionalLong seed, BigDecimal openingBalance) {
    public static final String TIMEOUT_SHARE = "timeout-share";
    public static final String LATENCY_MS = "latency-ms";
    public static final String DELAYED_FAILURE_AFTER_MS = "delayed-failure-after-ms";
    public static final String REVERSAL_AFTER_MS = "reversal-after-ms";
    public static final String SEED = "seed";
    public static final String OPENING_BALANCE = "opening-balance";
    /** Juspay's sample balance. */
    public static final BigDecimal DEFAULT_OPENING_BALANCE = new BigDecimal("9999999999.00");

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
        Objects.requireNonNull(openingBalance, OPENING_BALANCE);
        if (openingBalance.signum() < 0 || openingBalance.scale() > 2 && openingBalance.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(OPENING_BALANCE + " must be zero or more with at most 2 decimals, was "
                    + openingBalance.toPlainString());
        }
        openingBalance = openingBalance.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** The settings with the default opening balance. */
    public DummySettings(double timeoutShare, Duration latency, Duration delayedFailureAfter, Duration reversalAfter,
                         OptionalLong seed) {
        this(timeoutShare, latency, delayedFailureAfter, reversalAfter, seed, DEFAULT_OPENING_BALANCE);
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
                section.optionalLong(SEED),
                section.amount(OPENING_BALANCE, DEFAULT_OPENING_BALANCE));
    }

    public DummySettings withTimeoutShare(double share) {
        return new DummySettings(share, latency, delayedFailureAfter, reversalAfter, seed, openingBalance);
    }

    private static void requireNotNegative(String key, Duration duration) {
        Objects.requireNonNull(duration, key);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, was " + duration.toMillis());
        }
    }
}
