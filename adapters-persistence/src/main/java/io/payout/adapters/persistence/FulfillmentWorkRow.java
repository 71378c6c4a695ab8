package io.payout.adapters.persistence;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.NextWork;
import java.time.Instant;
import org.jdbi.v3.core.mapper.Nested;

/**
 * A row of {@code fulfillments} with the fulfillment's next work. Public only because JDBI maps to public types
 * alone; not part of this adapter's API.
 */
public record FulfillmentWorkRow(@Nested FulfillmentRow fulfillment, Instant nextDueAt, String retryMethod) {
    OrderKey key() {
        return new OrderKey(fulfillment.merchantId(), fulfillment.orderId());
    }

    NextWork nextWork() {
        return new NextWork(nextDueAt, retryMethod == null ? null : new MethodId(retryMethod));
    }
}
