package io.payout.adapters.rest.callback;

import java.time.Duration;

/**
 * How callbacks are posted: {@code timeout} for the whole exchange (a 2xx must arrive within it), at most
 * {@code maxConnectionsPerEndpoint} connections to one host and port, and the {@code User-Agent}. Targets that
 * resolve to this machine or an internal network are refused unless allowed: {@code allowLoopbackTargets} allows
 * loopback addresses only (for tests and local demos), {@code allowPrivateTargets} every non-public address
 * (for a deployment whose merchants sit on the same private network).
 */
public record CallbackSenderSettings(Duration timeout, int maxConnectionsPerEndpoint, boolean allowLoopbackTargets,
                                     boolean allowPrivateTargets, String userAgent) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ENDPOINT = 4;
    public static final String DEFAULT_USER_AGENT = "payout-orchestrator-callbacks/1";

    public CallbackSenderSettings {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxConnectionsPerEndpoint < 1) {
            throw new IllegalArgumentException("maxConnectionsPerEndpoint must be positive, was "
                    + maxConnectionsPerEndpoint);
        }
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
        if (userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must not contain control characters");
        }
    }

    /** Production defaults: 10 s, 4 connections per endpoint, only public targets. */
    public static CallbackSenderSettings defaults() {
        return new CallbackSenderSettings(DEFAULT_TIMEOUT, DEFAULT_MAX_CONNECTIONS_PER_ENDPOINT, false, false,
                DEFAULT_USER_AGENT);
    }

    /** These settings with loopback targets allowed (tests and local demos). */
    public CallbackSenderSettings allowingLoopback() {
        return new CallbackSenderSettings(timeout, maxConnectionsPerEndpoint, true, allowPrivateTargets, userAgent);
    }

    /** These settings with another timeout. */
    public CallbackSenderSettings withTimeout(Duration newTimeout) {
        return new CallbackSenderSettings(newTimeout, maxConnectionsPerEndpoint, allowLoopbackTargets,
                allowPrivateTargets, userAgent);
    }
}
