package io.payout.adapters.persistence;

import org.jdbi.v3.core.mapper.Nested;

/**
 * A row of {@code orders} with what the engine needs besides the order: its version and its retry policy (JSON, or
 * null). Public only because JDBI maps to public types alone; not part of this adapter's API.
 */
public record OrderWorkRow(@Nested OrderRow order, long version, String retryPolicy) {
    OrderKey key() {
        return new OrderKey(order.merchantId(), order.orderId());
    }
}
