package io.payout.collection.expresscheckout;

import io.payout.collection.spi.CollectionOrderState;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What an Express Checkout order object (the create answer, the order status) means. Only {@code CHARGED} proves
 * a payment; the statuses in {@link #OPEN} leave the order payable until it expires; {@code PARTIAL_CHARGED} is
 * charged with the smaller amount the order shows in {@code effective_amount}; anything else is {@code Unknown}.
 */
final class OrderStatusMapping {
    static final Set<String> OPEN = Set.of("CREATED", "NEW", "PENDING_VBV", "AUTHORIZING", "STARTED",
            "AUTHENTICATION_FAILED", "AUTHORIZATION_FAILED", "JUSPAY_DECLINED", "AUTO_REFUNDED");

    private OrderStatusMapping() {
    }

    /** The state of order {@code orderId} in a 2xx answer's body (raw: the body, already cleaned of secrets). */
    static CollectionOrderState toState(String orderId, String raw) {
        Optional<Object> order = JsonPath.parse(raw);
        if (order.isEmpty()) {
            return unknown("Express Checkout answered with a body we cannot read");
        }
        Optional<String> answeredId = JsonPath.text(order.get(), "order_id");
        if (answeredId.isPresent() && !answeredId.get().equals(orderId)) {
            return unknown("Express Checkout answered about another order");
        }
        String status = JsonPath.text(order.get(), "status").orElse("");
        if (OPEN.contains(status)) {
            return new CollectionOrderState.Open(status, link(order.get(), "web"), link(order.get(), "mobile"),
                    link(order.get(), "iframe"), raw);
        }
        Optional<BigDecimal> amount = JsonPath.decimal(order.get(), "amount").filter(a -> a.signum() > 0);
        if ("CHARGED".equals(status)) {
            return amount.<CollectionOrderState>map(a -> new CollectionOrderState.Charged(a, status, raw))
                    .orElseGet(() -> unknown("Express Checkout says CHARGED without an amount"));
        }
        if ("PARTIAL_CHARGED".equals(status)) {
            return partiallyCharged(order.get(), amount, raw);
        }
        return unknown(status.isEmpty() ? "Express Checkout answered an order without a status"
                : "Express Checkout answered the unrecognised status " + status);
    }

    /** Charged only if the order shows an amount above zero and below the order's amount: never more than asked. */
    private static CollectionOrderState partiallyCharged(Object order, Optional<BigDecimal> orderAmount, String raw) {
        Optional<BigDecimal> charged = JsonPath.decimal(order, "effective_amount")
                .filter(effective -> effective.signum() > 0)
                .filter(effective -> orderAmount.isPresent() && effective.compareTo(orderAmount.get()) < 0);
        return charged.<CollectionOrderState>map(a -> new CollectionOrderState.Charged(a, "PARTIAL_CHARGED", raw))
                .orElseGet(() -> unknown("Express Checkout says PARTIAL_CHARGED without the amount charged"));
    }

    private static String link(Object order, String kind) {
        return JsonPath.text(order, "payment_links", kind).orElse(null);
    }

    private static CollectionOrderState unknown(String reason) {
        return new CollectionOrderState.Unknown(reason, false);
    }
}
