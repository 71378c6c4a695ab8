package io.payout.application.order;

import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of a merchant's orders a listing shows: those in any of {@code statuses} (empty: any status), of
 * {@code customerId} (null: any customer), created at or after {@code createdFrom} and before {@code createdTo}
 * (each null: unbounded).
 */
public record OrderFilter(Set<OrderStatus> statuses, CustomerId customerId, Instant createdFrom, Instant createdTo) {
    /** Every order of the merchant. */
    public static final OrderFilter ANY = new OrderFilter(Set.of(), null, null, null);

    public OrderFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw new InvalidInputException("createdTo", "must be after createdFrom");
        }
    }

    public boolean matches(Order order) {
        return (statuses.isEmpty() || statuses.contains(order.status()))
                && (customerId == null || customerId.equals(order.customer().id()))
                && (createdFrom == null || !order.createdAt().isBefore(createdFrom))
                && (createdTo == null || order.createdAt().isBefore(createdTo));
    }
}
