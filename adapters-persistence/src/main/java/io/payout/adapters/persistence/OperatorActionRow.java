package io.payout.adapters.persistence;

import io.payout.application.operator.OperatorAction;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import java.time.Instant;

/** A row of {@code operator_actions}. Public only because JDBI binds the accessors of public types alone. */
public record OperatorActionRow(String merchantId, String orderId, String action, String target, String operator,
                                String reason, String details, Instant occurredAt) {

    static OperatorActionRow of(OperatorAction a) {
        return new OperatorActionRow(a.merchantId().value(), a.orderId().value(), a.action(), a.target(),
                a.operator(), a.reason(), a.details(), a.at());
    }

    OperatorAction toAction() {
        return new OperatorAction(new MerchantId(merchantId), new OrderId(orderId), action, target, operator, reason,
                details, occurredAt);
    }
}
