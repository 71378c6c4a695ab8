package io.payout.domain.collection;

import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * A refund of (part of) a collected payment. {@code id} is {@code <orderId>-r<n>}; {@code uniqueRequestId} (the id
 * without dashes) is sent with every request for it, so the provider never makes it twice. {@code acknowledged}: the
 * provider has answered for it at least once (until then a lost answer means "maybe sent").
 */
public record Refund(String id, OrderId orderId, MerchantId merchantId, String provider, String providerOrderId,
                     Money amount, RefundStatus status, boolean acknowledged, String providerRefundId,
                     String reason, Instant createdAt, Instant updatedAt) {
    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerOrderId, "providerOrderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (reason != null && reason.length() > 500) {
            reason = reason.substring(0, 500);
        }
    }

    /** The {@code n}th refund of the payment, decided now. */
    public static Refund decided(Payment payment, int n, Money amount, String reason, Instant now) {
        return new Refund(payment.orderId().value() + "-r" + n, payment.orderId(), payment.merchantId(),
                payment.provider(), payment.providerOrderId(), amount, RefundStatus.PENDING, false, null, reason,
                now, now);
    }

    public String uniqueRequestId() {
        return id.replace("-", "");
    }

    public Refund answered(RefundStatus newStatus, String newProviderRefundId, Instant now) {
        return new Refund(id, orderId, merchantId, provider, providerOrderId, amount, newStatus, true,
                newProviderRefundId == null ? providerRefundId : newProviderRefundId, reason, createdAt, now);
    }
}
