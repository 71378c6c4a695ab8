package io.payout.application.order.port;

import io.payout.domain.Order;

/** Stores new orders. */
public interface SaveOrderPort {
    /**
     * Writes the order and its fulfillments in one transaction, with the fingerprint of the request that made it.
     *
     * @return true if written; false, with nothing written, if the merchant already has an order with this
     *     orderId (a concurrent create may have won the race)
     */
    boolean insertNewOrder(Order order, String requestFingerprint);
}
