package io.payout.adapters.persistence;

import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code refunds} (without {@code next_due_at}, which the repository writes on its own). Public only because
 * JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record RefundRow(String refundId, String merchantId, String orderId, String provider, String providerOrderId,
                        BigDecimal amount, String status, boolean acknowledged, String providerRefundId,
                        String reason, Instant createdAt, Instant updatedAt) {

    static RefundRow of(Refund r) {
        return new RefundRow(r.id(), r.merchantId().value(), r.orderId().value(), r.provider(), r.providerOrderId(),
                r.amount().value(), r.status().name(), r.acknowledged(), r.providerRefundId(), r.reason(),
                r.createdAt(), r.updatedAt());
    }

    OrderKey key() {
        return new OrderKey(merchantId, orderId);
    }

    Refund toRefund() {
        return new Refund(refundId, new OrderId(orderId), new MerchantId(merchantId), provider, providerOrderId,
                new Money(amount), RefundStatus.valueOf(status), acknowledged, providerRefundId, reason, createdAt,
                updatedAt);
    }
}
