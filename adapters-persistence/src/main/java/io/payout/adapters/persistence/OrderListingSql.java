package io.payout.adapters.persistence;

import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPosition;
import io.payout.domain.OrderStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The conditions a listing adds to {@link OrderDao#listOrders}: fixed SQL fragments for the filters that are set
 * and the keyset position, and the values they bind (never a value in the SQL text). Bounds are rounded up to the
 * microsecond, the precision instants are stored with, so that {@code createdFrom} stays inclusive and
 * {@code createdTo} exclusive.
 */
record OrderListingSql(String conditions, Map<String, Object> values) {
    static OrderListingSql of(OrderFilter filter, OrderPosition after) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> values = new HashMap<>();
        List<String> statuses = filter.statuses().stream().map(OrderStatus::name).sorted().toList();
        if (!statuses.isEmpty()) {
            StringJoiner names = new StringJoiner(", ", " AND status IN (", ")");
            for (int i = 0; i < statuses.size(); i++) {
                names.add(":status" + i);
                values.put("status" + i, statuses.get(i));
            }
            sql.append(names);
        }
        if (filter.customerId() != null) {
            sql.append(" AND customer_id = :customerId");
            values.put("customerId", filter.customerId().value());
        }
        if (filter.createdFrom() != null) {
            sql.append(" AND created_at >= :createdFrom");
            values.put("createdFrom", upToMicros(filter.createdFrom()));
        }
        if (filter.createdTo() != null) {
            sql.append(" AND created_at < :createdTo");
            values.put("createdTo", upToMicros(filter.createdTo()));
        }
        if (after != null) {
            // The first condition bounds the index range; the second steps past the orders of the same instant.
            sql.append(" AND created_at <= :afterCreatedAt"
                    + " AND (created_at < :afterCreatedAt OR order_id < :afterOrderId)");
            values.put("afterCreatedAt", after.createdAt());
            values.put("afterOrderId", after.orderId().value());
        }
        return new OrderListingSql(sql.toString(), Map.copyOf(values));
    }

    private static Instant upToMicros(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(instant) ? instant : truncated.plus(1, ChronoUnit.MICROS);
    }
}
