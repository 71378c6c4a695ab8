package io.payout.domain.attempt;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import java.util.List;

/**
 * An order's status follows its fulfillments: any in review → {@code FULFILLMENTS_MANUAL_REVIEW}; any still open →
 * {@code FULFILLMENTS_SCHEDULED} (once picked up); all succeeded → {@code FULFILLMENTS_SUCCESSFUL}; all cancelled →
 * {@code FULFILLMENTS_CANCELLED}; none succeeded → {@code FULFILLMENTS_FAILURE}; else {@code FULFILLED_PARTIALLY}.
 */
public final class OrderStatusRule {
    private OrderStatusRule() {
    }

    public static OrderStatus statusOf(Order order) {
        List<FulfillmentStatus> statuses = order.fulfillments().stream().map(Fulfillment::status).toList();
        if (statuses.contains(FulfillmentStatus.MANUAL_REVIEW)) {
            return OrderStatus.FULFILLMENTS_MANUAL_REVIEW;
        }
        if (statuses.contains(FulfillmentStatus.CREATED) || statuses.contains(FulfillmentStatus.PENDING)) {
            return order.status() == OrderStatus.READY_FOR_FULFILLMENT || order.status() == OrderStatus.CREATED
                    ? order.status() : OrderStatus.FULFILLMENTS_SCHEDULED;
        }
        long succeeded = statuses.stream().filter(s -> s == FulfillmentStatus.SUCCESS).count();
        if (succeeded == statuses.size()) {
            return OrderStatus.FULFILLMENTS_SUCCESSFUL;
        }
        if (statuses.stream().allMatch(s -> s == FulfillmentStatus.CANCELLED)) {
            return OrderStatus.FULFILLMENTS_CANCELLED;
        }
        return succeeded == 0 ? OrderStatus.FULFILLMENTS_FAILURE : OrderStatus.FULFILLED_PARTIALLY;
    }

    public static boolean isTerminal(OrderStatus status) {
        return status == OrderStatus.FULFILLMENTS_SUCCESSFUL || status == OrderStatus.FULFILLMENTS_FAILURE
                || status == OrderStatus.FULFILLMENTS_CANCELLED || status == OrderStatus.FULFILLED_PARTIALLY;
    }
}
