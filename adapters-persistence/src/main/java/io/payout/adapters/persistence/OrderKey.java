package io.payout.adapters.persistence;

import io.payout.domain.Order;

/** The key of a row of {@code orders}. Public only because JDBI binds the accessors of public types alone. */
public record OrderKey(String merchantId, String orderId) {
    static OrderKey of(Order order) {
        return new OrderKey(order.merchantId().value(), order.id().value());
    }
}
