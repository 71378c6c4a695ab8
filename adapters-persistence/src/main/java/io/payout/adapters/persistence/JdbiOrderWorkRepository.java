package io.payout.adapters.persistence;

import io.payout.application.admission.port.OldestDueOrderPort;
import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.engine.port.SweepClaimsPort;
import io.payout.application.engine.port.HurryPort;
import io.payout.domain.TransactionRef;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The engine's work in {@code orders} ({@code next_due_at}, the lease, {@code version}, {@code event_seq},
 * {@code callback_seq}), {@code fulfillments} ({@code next_due_at}, {@code retry_method}), {@code transactions},
 * {@code status_events} and {@code callbacks} (which {@link JdbiCallbackOutbox} delivers).
 * An order's {@code next_due_at} is the earliest of its fulfillments'. A save that takes a Pay and Fulfill order to a
 * new final status also makes its charged payment's refund check due ({@code payments.refund_check_due}, read by
 * {@link JdbiCollectionRepository}). Every method is one database transaction, but concurrent saves share one.
 */
public class JdbiOrderWorkRepository implements OrderWorkPort, SweepClaimsPort, HurryPort, OldestDueOrderPort {
    /** Engine saves that run at the same time share a transaction (see {@link GroupCommit}) in up to this many. */
    public static final int SAVE_LANES = 2;
    /** At most this many saves in one transaction. */
    public static final int SAVE_BATCH = 64;
    private final Jdbi jdbi;
    private final GroupCommit saves;

    public JdbiOrderWorkRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.saves = new GroupCommit(jdbi, SAVE_LANES, SAVE_BATCH);
    }

    /** Locks the due orders (skipping locked ones), leases them and bumps their versions, then loads them. */
    @Override
    public List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit) {
        Objects.requireNonNull(owner, "owner");
        return jdbi.inTransaction(handle -> {
            OrderWorkDao dao = handle.attach(OrderWorkDao.class);
            List<OrderKey> keys = dao.lockDueOrders(now, limit);
            if (keys.isEmpty()) {
                return List.of();
            }
            dao.lease(keys, owner, leaseUntil);
            return OrderWorkLoader.load(dao, keys);
        });
    }

    @Override
    public Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            OrderWorkDao dao = handle.attach(OrderWorkDao.class);
            return dao.findKeyOfFulfillment(merchantId.value(), fulfillmentId.value())
                    .flatMap(key -> OrderWorkLoader.load(dao, List.of(key)).stream().findFirst());
        });
    }

    /**
     * Writes the progress with {@link OrderProgressWriter} (the order first, conditional on its version, then the
     * rest); a stale save changes nothing. Saves of different orders made at the same time share one transaction
     * ({@link GroupCommit}), taken in order-id order: the order's row, then its last callback (see
     * {@link OutboxWriter#insert}), order after order, the order in which the relay locks callbacks too
     * ({@link JdbiCallbackOutbox#record}). Each save is committed when this returns.
     */
    @Override
    public long saveProgress(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                             Map<FulfillmentId, NextWork> work, Lease lease) {
        OrderKey key = OrderKey.of(after);
        return saves.run(key.orderId() + '/' + key.merchantId(),
                handle -> OrderProgressWriter.write(handle, before, after, events, callbacks, work, lease));
    }

    @Override
    public int makeDueNow(List<TransactionRef> transactionRefs, Instant now) {
        List<String> refs = transactionRefs.stream().map(TransactionRef::value).distinct().toList();
        if (refs.isEmpty()) {
            return 0;
        }
        // The orders' rows first, then their fulfillments', as every save takes them (OrderProgressWriter): the other
        // way round, a hurry and a save of the same order deadlocked.
        return jdbi.inTransaction(handle -> {
            OrderWorkDao dao = handle.attach(OrderWorkDao.class);
            dao.hurryOrders(refs, now);
            return dao.hurryFulfillments(refs, now);
        });
    }

    @Override
    public int releaseExpiredClaims(Instant now) {
        return jdbi.withExtension(OrderWorkDao.class, dao -> dao.releaseExpiredLeases(now));
    }

    /**
     * When the longest-waiting due order nobody holds became due (empty: no backlog), for health checks, metrics and
     * admission control; one short index scan ({@link OrderWorkDao#OLDEST_DUE}).
     */
    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return jdbi.withExtension(OrderWorkDao.class, dao -> dao.oldestDue(now));
    }

    /**
     * How many orders are due and held by nobody at {@code now} (the backlog {@link #oldestDue} is the head of), for
     * metrics; at most {@code cap}, so that a huge backlog costs no more than a big one.
     */
    public long countDue(Instant now, int cap) {
        return jdbi.withExtension(OrderWorkDao.class, dao -> dao.countDue(now, cap));
    }

    /** The order's status events, oldest first (by their sequence number). */
    public List<StatusEvent> findEvents(MerchantId merchantId, OrderId orderId) {
        return jdbi.withExtension(ProgressDao.class, dao -> dao.findEvents(merchantId.value(), orderId.value()))
                .stream().map(StatusEventRow::toStatusEvent).toList();
    }
}
