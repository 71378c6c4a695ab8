package io.payout.adapters.persistence;

import io.payout.application.callback.NewCallback;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes callbacks into the outbox inside the caller's transaction, numbered on from their order's
 * {@code orders.callback_seq} without gaps: the numbers are reserved first (moving {@code callback_seq} on, which
 * locks the order's row until the transaction ends, so concurrent writers of one order take turns), then the
 * callbacks are written {@code PENDING} and due at their event into the reserved range. For all writers that lock
 * both an order and its payment or refunds, the order's row is locked first.
 */
final class OutboxWriter {
    private OutboxWriter() {
    }

    /** Reserves and writes {@code callbacks}; nothing at all if there are none. */
    static void append(Handle handle, OrderKey order, List<NewCallback> callbacks) {
        reserve(handle, order, callbacks.size());
        writeReserved(handle, order, callbacks);
    }

    /** Reserves the next {@code count} sequence numbers of the order's callbacks (none if 0). */
    static void reserve(Handle handle, OrderKey order, int count) {
        if (count > 0) {
            handle.attach(ProgressDao.class).reserveCallbacks(order.merchantId(), order.orderId(), count);
        }
    }

    /**
     * Writes {@code callbacks} into the numbers reserved last in this transaction (the order's last
     * {@code callbacks.size()}), however they were reserved.
     */
    static void writeReserved(Handle handle, OrderKey order, List<NewCallback> callbacks) {
        if (callbacks.isEmpty()) {
            return;
        }
        long last = handle.attach(ProgressDao.class).callbackSeq(order.merchantId(), order.orderId());
        handle.attach(CallbackDao.class)
                .insertCallbacks(CallbackRow.numbered(order, last - callbacks.size() + 1, callbacks));
    }
}
