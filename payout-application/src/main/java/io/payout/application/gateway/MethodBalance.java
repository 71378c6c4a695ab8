package io.payout.application.gateway;

import io.payout.domain.MethodId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The money a gateway has for payouts on one method, in rupees, as the gateway reported it at {@code asOf}. */
public record MethodBalance(MethodId method, BigDecimal amount, Instant asOf) {
    public MethodBalance {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(asOf, "asOf");
    }
}
