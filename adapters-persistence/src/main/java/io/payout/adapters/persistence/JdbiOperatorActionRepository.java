package io.payout.adapters.persistence;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Operators' changes in {@code operator_actions}: the progress written by {@link OrderProgressWriter} exactly as
 * {@link JdbiOrderWorkRepository#saveProgress} writes it, and the audit row, in one transaction.
 */
public class JdbiOperatorActionRepository implements OperatorActionPort {
    private final Jdbi jdbi;

    public JdbiOperatorActionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long saveProgressWithAction(OrderWork before, Order after, List<StatusEvent> events,
                                       List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                       OperatorAction action) {
        if (!action.merchantId().equals(after.merchantId()) || !action.orderId().equals(after.id())) {
            throw new IllegalArgumentException("action on order " + action.orderId() + " saved with " + after.id());
        }
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
