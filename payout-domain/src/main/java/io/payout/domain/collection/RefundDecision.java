package io.payout.domain.collection;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.attempt.OrderStatusRule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a collected payment is refunded, and how much: once the order is final, what was collected and not paid
 * out (the amounts of fulfillments that did not succeed), less what earlier refunds (not failed) already returned.
 */
public final class RefundDecision {
    private RefundDecision() {
    }

    public static Optional<Refund> decide(Order order, Payment payment, List<Refund> earlier, boolean refundsOn,
                                          Instant now) {
        if (!refundsOn || payment.status() != PaymentStatus.CHARGED || !OrderStatusRule.isTerminal(order.status())) {
            return Optional.empty();
        }
        Money unpaid = unpaid(order);
        Money refunded = refunded(earlier);
        if (!unpaid.isGreaterThan(refunded)) {
            return Optional.empty();
        }
        Money amount = unpaid.minus(refunded);
        return Optional.of(Refund.decided(payment, earlier.size() + 1, amount,
                "order " + order.status() + ": " + amount + " collected and not paid out", now));
    }

    /**
     * How much more was refunded (refunds not failed) than the final order leaves unpaid: a payout that was refunded
     * and then reported paid after all (a late success of a failed transaction). Empty while the order is not final
     * or nothing is over-refunded; otherwise money went out twice and is for operators to recover.
     */
    public static Optional<Money> overRefunded(Order order, List<Refund> earlier) {
        if (!OrderStatusRule.isTerminal(order.status())) {
            return Optional.empty();
        }
        Money unpaid = unpaid(order);
        Money refunded = refunded(earlier);
        return refunded.isGreaterThan(unpaid) ? Optional.of(refunded.minus(unpaid)) : Optional.empty();
    }

    private static Money unpaid(Order order) {
        Money unpaid = Money.ZERO;
        for (Fulfillment f : order.fulfillments()) {
            if (f.status() != FulfillmentStatus.SUCCESS) {
                unpaid = unpaid.plus(f.amount());
            }
        }
        return unpaid;
    }

    private static Money refunded(List<Refund> earlier) {
        Money refunded = Money.ZERO;
        for (Refund r : earlier) {
            if (r.status() != RefundStatus.FAILURE) {
                refunded = refunded.plus(r.amount());
            }
        }
        return refunded;
    }
}
