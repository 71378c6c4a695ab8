package io.payout.adapters.persistence;

import io.payout.application.callback.NewCallback;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderStatusRule;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentStatus;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Pay and Fulfill's work in {@code payments} and {@code refunds}. Each row's {@code next_due_at} is both when it is
 * looked at next and the end of a claim on it (NULL: nothing to do); a claim locks due rows with
 * {@code FOR UPDATE SKIP LOCKED} and moves them to the lease's end. A payment's {@code refund_check_due} is set by
 * the order's save that reaches a new final status ({@link OrderProgressWriter}) and cleared here, once. Callbacks
 * go into the order's outbox numbered on like the engine's ({@link OutboxWriter}). Every method is one database
 * transaction; one that locks an order's row locks it before its payment's or refunds'.
 */
public class JdbiCollectionRepository implements CollectionWorkPort {
    private final Jdbi jdbi;

    public JdbiCollectionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Payment> claimDuePayments(Instant now, Instant leaseUntil, int limit) {
        return jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            List<PaymentRow> due = dao.lockDue(now, limit, PaymentRow.OPEN_STATUSES);
            if (!due.isEmpty()) {
                dao.lease(due.stream().map(PaymentRow::key).toList(), leaseUntil);
            }
            return due.stream().map(PaymentRow::toPayment).toList();
        });
    }

    /**
     * A payment already final is left as it is (a stale result of a claim another instance overtook).
     *
     * @throws IllegalArgumentException if there is no such payment (then nothing is written)
     */
    @Override
    public void savePayment(Payment payment, Instant nextDueAt) {
        jdbi.useTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            if (dao.update(PaymentRow.of(payment), nextDueAt) == 0) {
                requireExists(dao, payment);
            }
        });
    }

    private static void requireExists(PaymentDao dao, Payment payment) {
        if (dao.find(payment.merchantId().value(), payment.orderId().value()).isEmpty()) {
            throw new IllegalArgumentException("no payment of order " + payment.orderId());
        }
    }

    /**
     * The order's progress first ({@link OrderProgressWriter}, conditional on its version), then the payment. A
     * payment charged in the same save that takes the order to a final status gets its refund check due too.
     */
    @Override
    public long savePaymentAndOrder(Payment payment, OrderWork before, Order after, List<StatusEvent> events,
                                    List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work) {
        if (!PaymentRow.keyOf(payment).equals(OrderKey.of(after))) {
            throw new IllegalArgumentException("payment of order " + payment.orderId() + " with order " + after.id());
        }
        return jdbi.inTransaction(handle -> {
            long version = OrderProgressWriter.write(handle, before, after, events, callbacks, work, Lease.RELEASE);
            if (version < 0) {
                handle.rollback();
                return version;
            }
            PaymentDao dao = handle.attach(PaymentDao.class);
            if (dao.update(PaymentRow.of(payment), null) == 0) {
                requireExists(dao, payment);
                handle.rollback();
                return -1L;
            }
            // Also when the order was already final (every fulfillment cancelled) before its payment was charged.
            boolean chargedForFinalOrder = payment.status() == PaymentStatus.CHARGED
                    && OrderStatusRule.isTerminal(after.status());
            if (chargedForFinalOrder || OrderProgressWriter.makesRefundCheckDue(before.order(), after)) {
                dao.markRefundCheckDue(PaymentRow.keyOf(payment));
            }
            return version;
        });
    }

    @Override
    public Optional<Payment> findPayment(MerchantId merchantId, OrderId orderId) {
        return jdbi.withExtension(PaymentDao.class, dao -> dao.find(merchantId.value(), orderId.value()))
                .map(PaymentRow::toPayment);
    }

    /** An open payment due earlier already keeps its due time. */
    @Override
    public boolean makePaymentDueNow(String provider, String providerOrderId, Instant now) {
        return jdbi.withExtension(PaymentDao.class,
                dao -> dao.hurry(provider, providerOrderId, now, PaymentRow.OPEN_STATUSES)) > 0;
    }

    /** The least recently updated payments first, loaded in one snapshot of the database. */
    @Override
    public List<RefundCandidate> findRefundCandidates(int limit) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                handle -> RefundCandidateLoader.load(handle, limit));
    }

    /**
     * Reserves the callbacks' numbers (locking the order), then clears the check with a conditional update: of two
     * deciders, the one that comes second finds it cleared, and rolls back.
     */
    @Override
    public boolean decideRefund(Payment payment, Refund refund, List<NewCallback> callbacks, Instant now) {
        OrderKey key = PaymentRow.keyOf(payment);
        if (refund != null && !new OrderKey(refund.merchantId().value(), refund.orderId().value()).equals(key)) {
            throw new IllegalArgumentException("refund " + refund.id() + " of payment of order " + payment.orderId());
        }
        return jdbi.inTransaction(handle -> {
            long last = OutboxWriter.reserve(handle, key, callbacks.size());
            if (handle.attach(PaymentDao.class).clearRefundCheck(key) == 0) {
                handle.rollback();
                return false;
            }
            if (refund != null) {
                handle.attach(RefundDao.class).insert(RefundRow.of(refund), now);
            }
            OutboxWriter.writeReserved(handle, key, last, callbacks);
            return true;
        });
    }

    @Override
    public List<Refund> claimDueRefunds(Instant now, Instant leaseUntil, int limit) {
        return jdbi.inTransaction(handle -> {
            RefundDao dao = handle.attach(RefundDao.class);
            List<RefundRow> due = dao.lockDue(now, limit);
            if (!due.isEmpty()) {
                dao.lease(due.stream().map(RefundRow::refundId).toList(), leaseUntil);
            }
            return due.stream().map(RefundRow::toRefund).toList();
        });
    }

    /**
     * A refund already final is left as it is, and its callbacks are not written.
     *
     * @throws IllegalArgumentException if the merchant has no such refund (then nothing is written)
     */
    @Override
    public void saveRefund(Refund refund, Instant nextDueAt, List<NewCallback> callbacks) {
        RefundRow row = RefundRow.of(refund);
        jdbi.useTransaction(handle -> {
            long last = OutboxWriter.reserve(handle, row.key(), callbacks.size());
            RefundDao dao = handle.attach(RefundDao.class);
            if (dao.update(row, nextDueAt) == 0) {
                // Final already (a stale result): nothing changes, no callback numbers are used.
                boolean exists = dao.findByOrder(refund.merchantId().value(), refund.orderId().value()).stream()
                        .anyMatch(r -> r.toRefund().id().equals(refund.id()));
                handle.rollback();
                if (!exists) {
                    throw new IllegalArgumentException("no refund " + refund.id());
                }
                return;
            }
            OutboxWriter.writeReserved(handle, row.key(), last, callbacks);
        });
    }

    @Override
    public List<Refund> refundsOf(MerchantId merchantId, OrderId orderId) {
        return jdbi.withExtension(RefundDao.class, dao -> dao.findByOrder(merchantId.value(), orderId.value()))
                .stream().map(RefundRow::toRefund).toList();
    }
}
