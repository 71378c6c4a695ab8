package io.payout.adapters.persistence;

import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A row of {@code payments} (without {@code next_due_at} and {@code refund_check_due}, which the repository writes
 * on its own). Public only because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record PaymentRow(String merchantId, String orderId, String provider, String providerOrderId,
                         BigDecimal amount, String status, String providerStatus, BigDecimal chargedAmount,
                         String linkWeb, String linkMobile, String linkIframe, Boolean refundOnFailure,
                         Instant expiresAt, String reason, Instant createdAt, Instant updatedAt) {
    /** The statuses of a payment that is not final: the ones worth claiming. */
    static final List<String> OPEN_STATUSES = Arrays.stream(PaymentStatus.values())
            .filter(status -> !status.isFinal()).map(Enum::name).toList();

    static PaymentRow of(Payment p) {
        PaymentLinks links = p.links();
        return new PaymentRow(p.merchantId().value(), p.orderId().value(), p.provider(), p.providerOrderId(),
                p.amount().value(), p.status().name(), p.providerStatus(),
                p.chargedAmount() == null ? null : p.chargedAmount().value(), links.web(), links.mobile(),
                links.iframe(), p.refundOnFailure(), p.expiresAt(), p.reason(), p.createdAt(), p.updatedAt());
    }

    static OrderKey keyOf(Payment p) {
        return new OrderKey(p.merchantId().value(), p.orderId().value());
    }

    OrderKey key() {
        return new OrderKey(merchantId, orderId);
    }

    Payment toPayment() {
        return new Payment(new OrderId(orderId), new MerchantId(merchantId), provider, providerOrderId,
                new Money(amount), PaymentStatus.valueOf(status), providerStatus,
                chargedAmount == null ? null : new Money(chargedAmount),
                new PaymentLinks(linkWeb, linkMobile, linkIframe), refundOnFailure, expiresAt, reason, createdAt,
                updatedAt);
    }
}
