package io.payout.adapters.rest.auth;

import io.payout.domain.MerchantId;
import java.security.Principal;
import java.util.Objects;

/** The merchant a request's API key belongs to; injected into resources with {@code @Auth}. */
public record MerchantPrincipal(MerchantId merchantId) implements Principal {
    public MerchantPrincipal {
        Objects.requireNonNull(merchantId, "merchantId");
    }

    @Override
    public String getName() {
        return merchantId.value();
    }
}
