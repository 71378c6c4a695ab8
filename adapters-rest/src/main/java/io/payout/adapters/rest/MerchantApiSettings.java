package io.payout.adapters.rest;

import io.payout.adapters.rest.limit.AuthFailureLimitSettings;
import io.payout.adapters.rest.limit.RateLimitSettings;
import java.util.Objects;

/**
 * What the merchant API allows a request: the largest body, how many requests each merchant may send, and how many
 * failed authentications each client may make.
 */
public record MerchantApiSettings(long maxRequestBytes, RateLimitSettings rateLimit,
                                  AuthFailureLimitSettings authFailureLimit) {
    public MerchantApiSettings {
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(authFailureLimit, "authFailureLimit");
    }

    /** With the default failed-authentication limit ({@link AuthFailureLimitSettings#DEFAULT}). */
    public MerchantApiSettings(long maxRequestBytes, RateLimitSettings rateLimit) {
        this(maxRequestBytes, rateLimit, AuthFailureLimitSettings.DEFAULT);
    }
}
