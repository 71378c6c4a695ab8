package io.payout.adapters.persistence;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.domain.FulfillmentId;
import io.payout.domain.Order;
import io.payout.domain.OrderType;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderStatusRule;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Writes a step's progress of one order inside the caller's transaction: what both
 * {@link JdbiOrderWorkRepository#saveProgress} and {@link JdbiCollectionRepository#savePaymentAndOrder} write. The
 * order's row goes first, conditional on its version, reserving the events' and callbacks' sequence numbers: that
 * row lock orders concurrent saves, and a stale one changes nothing. Then the changed fulfillments and transactions,
 * the events, the callbacks ({@code PENDING}, due at their event), and, when a Pay and Fulfill order reaches a new
 * final status, its charged payment's refund check ({@code payments.refund_check_due}; no statement otherwise).
 */
final class OrderProgressWriter {
    private OrderProgressWriter() {
    }

    /** @return the new version, or -1 with nothing written when the version moved on (the caller rolls back) */
    static long write(Handle handle, OrderWork before, Order after, List<StatusEvent> events,
                      List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work, Lease lease) {
        ProgressChanges changes = ProgressChanges.between(before, after, work);
        OrderKey key = OrderKey.of(after);
        ProgressDao dao = handle.attach(ProgressDao.class);
        Optional<OrderSequences> last = dao.updateOrder(key.merchantId(), key.orderId(), before.version(),
                after.status().name(), after.updatedAt(), earliestDue(work), lease.owner(), lease.until(),
                events.size(), callbacks.size());
        if (last.isEmpty()) {
            return -1L;
        }
        writeChanges(handle, dao, changes);
        if (!events.isEmpty()) {
            dao.insertEvents(StatusEventRow.numbered(key, last.get().eventSeq() - events.size() + 1, events));
        }
        OutboxWriter.writeReserved(handle, key, last.get().callbackSeq(), callbacks);
        if (makesRefundCheckDue(before.order(), after)) {
            handle.attach(PaymentDao.class).markRefundCheckDue(key);
        }
        return before.version() + 1;
    }

    /** Whether the save takes a Pay and Fulfill order to a final status it did not have. */
    static boolean makesRefundCheckDue(Order before, Order after) {
        return after.type() == OrderType.PAY_AND_FULFILL && OrderStatusRule.isTerminal(after.status())
                && after.status() != before.status();
    }

    private static void writeChanges(Handle handle, ProgressDao dao, ProgressChanges changes) {
        if (!changes.fulfillments().isEmpty()) {
            dao.updateFulfillments(changes.fulfillments());
        }
        if (!changes.newTransactions().isEmpty()) {
            handle.attach(OrderDao.class).insertTransactions(changes.newTransactions());
        }
        if (!changes.changedTransactions().isEmpty()) {
            dao.updateTransactions(changes.changedTransactions());
        }
    }

    private static Instant earliestDue(Map<FulfillmentId, NextWork> work) {
        return work.values().stream().map(NextWork::dueAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
