package io.payout.adapters.persistence;

import io.payout.application.callback.NewCallback;
import io.payout.domain.callback.CallbackStatus;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes callbacks into the outbox inside the caller's transaction, numbered on from their order's
 * {@code orders.callback_seq} without gaps: the numbers are reserved first (moving {@code callback_seq} on, which
 * locks the order's row until the transaction ends, so concurrent writers of one order take turns), then the
 * callbacks are written into the reserved range: the first {@code PENDING} and due at its event if the callback
 * before it is delivered or given up, else {@code QUEUED}; the rest {@code QUEUED} behind it. For all writers that
 * lock both an order and its payment or refunds, the order's row is locked first.
 */
final class OutboxWriter {
    private OutboxWriter() {
    }

    /**
     * Reserves the next {@code count} sequence numbers of the order's callbacks (none if 0).
     * @return the last number reserved (the order's {@code callback_seq} now; 0 if {@code count} is 0)
     */
    static long reserve(Handle handle, OrderKey order, int count) {
        if (count == 0) {
            return 0;
        }
        return handle.attach(ProgressDao.class).reserveCallbacks(order.merchantId(), order.orderId(), count)
                .orElseThrow(() -> new IllegalStateException("no order " + order.orderId() + " to number callbacks"));
    }

    /**
     * Writes {@code callbacks} into the numbers reserved last in this transaction, {@code last} being the last of
     * them, however they were reserved.
     */
    static void writeReserved(Handle handle, OrderKey order, long last, List<NewCallback> callbacks) {
        if (!callbacks.isEmpty()) {
            insert(handle, order, last - callbacks.size() + 1, callbacks);
        }
    }

    /**
     * Writes {@code callbacks} numbered on from {@code firstSeq} (reserved by the caller, who holds the row that
     * numbers them). The callback before them is read locked: a relay recording its outcome at the same time either
     * commits first (then it reads delivered or given up, and the first new callback is due) or waits for this
     * transaction (then it sees the new callbacks and lets the first go). Either way none is left waiting.
     */
    static void insert(Handle handle, OrderKey order, long firstSeq, List<NewCallback> callbacks) {
        CallbackDao dao = handle.attach(CallbackDao.class);
        boolean firstWaits = firstSeq > 1 && dao.lockStatus(order.merchantId(), order.orderId(), firstSeq - 1)
                .filter(status -> status.equals(CallbackStatus.PENDING.name()) || status.equals(CallbackRow.QUEUED))
                .isPresent();
        dao.insertCallbacks(CallbackRow.numbered(order, firstSeq, firstWaits, callbacks));
    }
}
