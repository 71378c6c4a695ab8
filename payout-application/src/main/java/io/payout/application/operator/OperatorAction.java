package io.payout.application.operator;

import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit log: what an operator did to which order and target (a transaction id), and why. */
public record OperatorAction(MerchantId merchantId, OrderId orderId, String action, String target, String operator,
                             String reason, String details, Instant at) {
    public static final String RESOLVE_REVIEW = "RESOLVE_REVIEW";
    public static final String RETRY_FULFILLMENT = "RETRY_FULFILLMENT";

    public OperatorAction {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
