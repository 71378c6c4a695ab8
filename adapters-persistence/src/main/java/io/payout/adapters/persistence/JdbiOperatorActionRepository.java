package io.payout.adapters.persistence;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.operator.port.RetryFulfillmentPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Operators' changes in {@code operator_actions}: the progress written by {@link OrderProgressWriter} exactly as
 * {@link JdbiOrderWorkRepository#saveProgress} writes it, and the audit row, in one transaction. An operator's retry
 * locks the order's row first and then its payment's (the order Pay and Fulfill's writers keep), so that a refund
 * decision and the retry take turns: whichever comes second sees the other's work (the refund, or the refund check
 * cleared) and writes nothing.
 */
public class JdbiOperatorActionRepository implements OperatorActionPort, RetryFulfillmentPort {
    private final Jdbi jdbi;

    public JdbiOperatorActionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long saveProgressWithAction(OrderWork before, Order after, List<StatusEvent> events,
                                       List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                       OperatorAction action) {
        requireSameOrder(after, action);
        return jdbi.inTransaction(handle -> {
            long version = OrderProgressWriter.write(handle, before, after, events, callbacks, work, Lease.RELEASE);
            if (version < 0) {
                handle.rollback();
                return version;
            }
            handle.attach(OperatorActionDao.class).insert(OperatorActionRow.of(action));
            return version;
        });
    }

    @Override
    public Outcome saveRetry(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                             Map<FulfillmentId, NextWork> work, OperatorAction action, Instant now) {
        requireSameOrder(after, action);
        OrderKey key = OrderKey.of(after);
        return jdbi.inTransaction(handle -> {
            RetryDao dao = handle.attach(RetryDao.class);
            Optional<OrderClaimRow> claim = dao.findClaim(key.merchantId(), key.orderId());
            if (claim.isEmpty() || claim.get().version() != before.version()) {
                return Outcome.STALE;
            }
            if (claim.get().claimedAt(now)) {
                return Outcome.CLAIMED;
            }
            // A claim after this read bumps the version: the order's update below then finds nothing to update.
            if (OrderProgressWriter.write(handle, before, after, events, callbacks, work, Lease.RELEASE) < 0) {
                handle.rollback();
                return Outcome.STALE;
            }
            dao.lockPayment(key.merchantId(), key.orderId());
            if (dao.countRefunds(key.merchantId(), key.orderId()) > 0) {
                handle.rollback();
                return Outcome.REFUNDED;
            }
            handle.attach(PaymentDao.class).clearRefundCheck(key);
            handle.attach(OperatorActionDao.class).insert(OperatorActionRow.of(action));
            return Outcome.SAVED;
        });
    }

    private static void requireSameOrder(Order after, OperatorAction action) {
        if (!action.merchantId().equals(after.merchantId()) || !action.orderId().equals(after.id())) {
            throw new IllegalArgumentException("action on order " + action.orderId() + " saved with " + after.id());
        }
    }

    @Override
    public Optional<OrderTrail> loadTrail(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            OperatorActionDao actions = handle.attach(OperatorActionDao.class);
            return actions.findOrderId(merchantId.value(), merchantOrderId.value()).map(orderId -> new OrderTrail(
                    new OrderId(orderId),
                    handle.attach(ProgressDao.class).findEvents(merchantId.value(), orderId).stream()
                            .map(StatusEventRow::toStatusEvent).toList(),
                    actions.findActions(merchantId.value(), orderId).stream()
                            .map(OperatorActionRow::toAction).toList()));
        });
    }
}
