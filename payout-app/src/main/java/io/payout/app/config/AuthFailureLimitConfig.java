package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import io.payout.adapters.rest.limit.AuthFailureLimitSettings;
import io.payout.adapters.rest.limit.TrustedProxies;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The limit on failed authentications per client ({@code authFailureLimit:}): each client address may fail
 * {@code maxFailures} times at once, and then at that rate over {@code per}; beyond it every request of the client on
 * an API-key endpoint gets 429 E10 until a failure is forgiven. At most {@code maxClients} addresses are counted.
 * {@code trustedProxies}: addresses or CIDR blocks of the reverse proxies whose {@code X-Forwarded-For} names the
 * client (none by default: the connection's peer is the client).
 */
public class AuthFailureLimitConfig {
    @JsonProperty
    private boolean enabled = true;
    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int maxFailures = AuthFailureLimitSettings.DEFAULT.maxFailures();
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration per = Duration.minutes(1);
    @Min(1)
    @Max(10_000_000)
    @JsonProperty
    private int maxClients = AuthFailureLimitSettings.DEFAULT.maxClients();
    @NotNull
    @JsonProperty
    private List<String> trustedProxies = List.of();

    @ValidationMethod(message = "authFailureLimit.trustedProxies must hold IP addresses or CIDR blocks (10.0.0.0/8)")
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isTrustedProxiesValid() {
        try {
            TrustedProxies.parse(trustedProxies == null ? List.of() : trustedProxies);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public AuthFailureLimitSettings toSettings() {
        return new AuthFailureLimitSettings(enabled, maxFailures, per.toJavaDuration(), maxClients,
                TrustedProxies.parse(trustedProxies));
    }
}
