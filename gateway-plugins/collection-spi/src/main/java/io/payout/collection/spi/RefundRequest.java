package io.payout.collection.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** A refund to ask for: of which order, how much, and the id that makes it happen at most once. */
public record RefundRequest(String providerOrderId, String uniqueRequestId, BigDecimal amount) {
    public RefundRequest {
        Objects.requireNonNull(providerOrderId, "providerOrderId");
        Objects.requireNonNull(uniqueRequestId, "uniqueRequestId");
        Objects.requireNonNull(amount, "amount");
    }
}
