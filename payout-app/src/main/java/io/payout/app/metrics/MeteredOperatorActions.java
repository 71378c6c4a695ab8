package io.payout.app.metrics;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Operators' saves (a review resolved), with the orders they finish timed (see {@link TerminalOrders}). */
public final class MeteredOperatorActions implements OperatorActionPort {
    private final OperatorActionPort delegate;
    private final TerminalOrders terminal;

    MeteredOperatorActions(OperatorActionPort delegate, TerminalOrders terminal) {
        this.delegate = delegate;
        this.terminal = terminal;
    }

    @Override
    public long saveProgressWithAction(OrderWork before, Order after, List<StatusEvent> events,
                                       List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                       OperatorAction action) {
        long version = delegate.saveProgressWithAction(before, after, events, callbacks, work, action);
        if (version >= 0) {
            terminal.saved(before.order(), after);
        }
        return version;
    }

    @Override
    public Optional<OrderTrail> loadTrail(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return delegate.loadTrail(merchantId, merchantOrderId);
    }
}
