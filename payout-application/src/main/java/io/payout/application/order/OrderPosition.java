package io.payout.application.order;

import io.payout.domain.Order;
import io.payout.domain.OrderId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an order stands in a listing, which shows the newest first: by {@code createdAt} descending, then (for
 * orders created in the same instant) by internal order id descending. Unique per merchant, so a page can start
 * exactly after the last order of the previous one.
 */
public record OrderPosition(Instant createdAt, OrderId orderId) implements Comparable<OrderPosition> {
    /** The listing order: newest first, ties broken by the larger order id first. */
    public static final Comparator<OrderPosition> LISTING_ORDER = Comparator.comparing(OrderPosition::createdAt)
            .thenComparing(p -> p.orderId().value()).reversed();

    public OrderPosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(orderId, "orderId");
    }

    public static OrderPosition of(Order order) {
        return new OrderPosition(order.createdAt(), order.id());
    }

    /** Whether an order at {@code other} comes after this one in a listing (is older, or as old with a smaller id). */
    public boolean isFollowedBy(OrderPosition other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(OrderPosition other) {
        return LISTING_ORDER.compare(this, other);
    }
}
