package io.payout.application.engine.port;

import io.payout.domain.FulfillmentId;
import io.payout.domain.Order;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.RetryPolicy;
import java.util.Map;
import java.util.Objects;

/**
 * An order as the engine works on it: the order, its own retry policy (null: the merchant's), each fulfillment's
 * next work, and the version that every write must still find (a claim, a save or a cancel bumps it).
 */
public record OrderWork(Order order, RetryPolicy retryPolicy, Map<FulfillmentId, NextWork> work, long version) {
    public OrderWork {
        Objects.requireNonNull(order, "order");
        work = Map.copyOf(work);
    }

    public NextWork workOf(FulfillmentId id) {
        return work.getOrDefault(id, NextWork.NONE);
    }
}
