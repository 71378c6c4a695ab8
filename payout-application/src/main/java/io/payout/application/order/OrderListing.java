package io.payout.application.order;

import io.payout.domain.Order;
import java.util.List;
import java.util.Optional;

/** One page of a listing: its orders, newest first, and where the next page starts (empty on the last page). */
public record OrderListing(List<Order> orders, Optional<OrderPosition> next) {
    public OrderListing {
        orders = List.copyOf(orders);
        next = next == null ? Optional.empty() : next;
    }
}
