package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.payout.adapters.rest.limit.RateLimitSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/**
 * The merchant API's rate limit ({@code rateLimit:}): per merchant, a token bucket of {@code burst} requests refilled
 * at {@code requestsPerSecond}, kept in each instance's memory (with N instances a merchant may get up to N times
 * the rate in all). Excess requests get 429 E10 with Retry-After.
 */
public class RateLimitConfig {
    @JsonProperty
    private boolean enabled = true;
    @Positive
    @Max(1_000_000)
    @JsonProperty
    private double requestsPerSecond = RateLimitSettings.DEFAULT.requestsPerSecond();
    @Min(1)
    @Max(10_000_000)
    @JsonProperty
    private int burst = RateLimitSettings.DEFAULT.burst();

    public RateLimitSettings toSettings() {
        return new RateLimitSettings(enabled, requestsPerSecond, burst);
    }
}
