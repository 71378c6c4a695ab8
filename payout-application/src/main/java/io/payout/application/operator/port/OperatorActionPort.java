package io.payout.application.operator.port;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.operator.OperatorAction;
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

/** Operators' changes to orders, written with their audit row, and the audit log read back with the events. */
public interface OperatorActionPort {
    /**
     * In one transaction: exactly what {@link io.payout.application.engine.port.OrderWorkPort#saveProgress} writes
     * with {@link io.payout.application.engine.port.Lease#RELEASE} (conditional on {@code before.version()}), and
     * the audit row {@code action}.
     *
     * @return the new version, or -1 with nothing written (neither progress nor audit row) when the version moved on
     */
    long saveProgressWithAction(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                                Map<FulfillmentId, NextWork> work, OperatorAction action);

    /** The merchant's order's status events (by sequence) and operator actions (oldest first); empty if unknown. */
    Optional<OrderTrail> loadTrail(MerchantId merchantId, MerchantOrderId merchantOrderId);

    /** What an order's history is made of. */
    record OrderTrail(OrderId orderId, List<StatusEvent> events, List<OperatorAction> actions) {
        public OrderTrail {
            events = List.copyOf(events);
            actions = List.copyOf(actions);
        }
    }
}
