package io.payout.app.metrics;

import io.payout.application.callback.NewCallback;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.engine.port.OrderWork;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pay and Fulfill's saves, with the orders a payment's end finishes (cancelled when it expires or fails) timed (see
 * {@link TerminalOrders}); everything else passes through.
 */
public final class MeteredCollectionWork implements CollectionWorkPort {
    private final CollectionWorkPort delegate;
    private final TerminalOrders terminal;

    MeteredCollectionWork(CollectionWorkPort delegate, TerminalOrders terminal) {
        this.delegate = delegate;
        this.terminal = terminal;
    }

    @Override
    public long savePaymentAndOrder(Payment payment, OrderWork before, Order after, List<StatusEvent> events,
                                    List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work) {
        long version = delegate.savePaymentAndOrder(payment, before, after, events, callbacks, work);
        if (version >= 0) {
            terminal.saved(before.order(), after);
        }
        return version;
    }

    @Override
    public List<Payment> claimDuePayments(Instant now, Instant leaseUntil, int limit) {
        return delegate.claimDuePayments(now, leaseUntil, limit);
    }

    @Override
    public void savePayment(Payment payment, Instant nextDueAt) {
        delegate.savePayment(payment, nextDueAt);
    }

    @Override
    public Optional<Payment> findPayment(MerchantId merchantId, OrderId orderId) {
        return delegate.findPayment(merchantId, orderId);
    }

    @Override
    public boolean makePaymentDueNow(String provider, String providerOrderId, Instant now) {
        return delegate.makePaymentDueNow(provider, providerOrderId, now);
    }

    @Override
    public List<RefundCandidate> findRefundCandidates(int limit) {
        return delegate.findRefundCandidates(limit);
    }

    @Override
    public boolean decideRefund(Payment payment, Refund refund, List<NewCallback> callbacks, Instant now) {
        return delegate.decideRefund(payment, refund, callbacks, now);
    }

    @Override
    public List<Refund> claimDueRefunds(Instant now, Instant leaseUntil, int limit) {
        return delegate.claimDueRefunds(now, leaseUntil, limit);
    }

    @Override
    public void saveRefund(Refund refund, Instant nextDueAt, List<NewCallback> callbacks) {
        delegate.saveRefund(refund, nextDueAt, callbacks);
    }

    @Override
    public List<Refund> refundsOf(MerchantId merchantId, OrderId orderId) {
        return delegate.refundsOf(merchantId, orderId);
    }
}
