package io.payout.app.metrics;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's and the cancel's saves, with the orders they finish timed (see {@link TerminalOrders}). */
public final class MeteredOrderWork implements OrderWorkPort {
    private final OrderWorkPort delegate;
    private final TerminalOrders terminal;

    MeteredOrderWork(OrderWorkPort delegate, TerminalOrders terminal) {
        this.delegate = delegate;
        this.terminal = terminal;
    }

    @Override
    public List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit) {
        return delegate.claimDueOrders(owner, now, leaseUntil, limit);
    }

    @Override
    public Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId) {
        return delegate.findByFulfillment(merchantId, fulfillmentId);
    }

    @Override
    public long saveProgress(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                             Map<FulfillmentId, NextWork> work, Lease lease) {
        long version = delegate.saveProgress(before, after, events, callbacks, work, lease);
        if (version >= 0) {
            terminal.saved(before.order(), after);
        }
        return version;
    }
}
