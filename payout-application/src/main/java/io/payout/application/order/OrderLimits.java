package io.payout.application.order;

import io.payout.domain.Money;
import java.util.Objects;

/** Limits an operator configures: the largest order amount accepted. */
public record OrderLimits(Money maxOrderAmount) {
    public OrderLimits {
        Objects.requireNonNull(maxOrderAmount, "maxOrderAmount");
    }
}
