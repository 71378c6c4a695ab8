package io.payout.adapters.rest.order;

import io.payout.domain.Money;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.Refund;
import java.math.BigDecimal;

/** Builds {@link PaymentView}s and {@link RefundView}s from the domain's, like {@link OrderViewMapper}. */
public class PaymentViewMapper {
    public PaymentView toView(Payment payment) {
        PaymentLinks links = payment.links();
        return new PaymentView(payment.providerOrderId(), payment.provider(), payment.status().name(),
                payment.amount().value(), value(payment.chargedAmount()), payment.providerStatus(),
                new PaymentView.Links(links.web(), links.mobile(), links.iframe()),
                OrderViewMapper.time(payment.expiresAt()), payment.reason(), OrderViewMapper.time(payment.createdAt()),
                OrderViewMapper.time(payment.updatedAt()));
    }

    public RefundView toView(Refund refund) {
        return new RefundView(refund.id(), refund.uniqueRequestId(), refund.amount().value(), refund.status().name(),
                refund.providerRefundId(), refund.reason(), OrderViewMapper.time(refund.createdAt()),
                OrderViewMapper.time(refund.updatedAt()));
    }

    private static BigDecimal value(Money money) {
        return money == null ? null : money.value();
    }
}
