package io.payout.application.order;

import io.payout.domain.Order;

/** The order as stored now, and whether this request created it or repeated an earlier one. */
public record CreateOrderResult(Order order, boolean created) {
}
