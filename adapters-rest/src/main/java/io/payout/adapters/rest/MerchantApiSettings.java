package io.payout.adapters.rest;

import io.payout.adapters.rest.limit.RateLimitSettings;
import java.util.Objects;

/** What the merchant API allows a request: the largest body, and how many requests each merchant may send. */
public record MerchantApiSettings(long maxRequestBytes, RateLimitSettings rateLimit) {
    public MerchantApiSettings {
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
        Objects.requireNonNull(rateLimit, "rateLimit");
    }
}
