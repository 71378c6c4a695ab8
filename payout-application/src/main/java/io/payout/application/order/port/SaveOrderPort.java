package io.payout.application.order.port;

import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import java.time.Instant;
import io.payout.domain.attempt.RetryPolicy;

/** Stores new orders. */
public interface SaveOrderPort {
    /**
     * Writes the order and its fulfillments in one transaction, with the fingerprint of the request that made it and
     * the order's own retry policy (null: the merchant's default applies). Every fulfillment is due for the engine
     * at once (at the order's creation time).
     *
     * @return true if written; false, with nothing written, if the merchant already has an order with this
     *     orderId (a concurrent create may have won the race)
     */
    boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy);

    /**
     * {@link #insertNewOrder(Order, String, RetryPolicy)} for any order type. A Pay and Fulfill order ({@code CREATED})
     * comes with its {@code payment}, written in the same transaction and due at {@code paymentDueAt}; its
     * fulfillments are not due (they become due when the payment is confirmed).
     */
    boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy, Payment payment,
                           Instant paymentDueAt);

    /** {@link #insertNewOrder(Order, String, RetryPolicy)} for an order without a retry policy of its own. */
    default boolean insertNewOrder(Order order, String requestFingerprint) {
        return insertNewOrder(order, requestFingerprint, null);
    }
}
