package io.payout.adapters.rest.support;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.collection.Payment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orders of the REST tests, kept by the application's {@link InMemoryOrderStore} (its fingerprints settle
 * idempotency and races; it keeps work, versions, events and the callback outbox as the database does), with what
 * the tests ask of them. No engine runs in these tests, so nothing is ever claimed.
 */
public final class InMemoryOrderWork implements LoadOrderPort, SaveOrderPort, OrderWorkPort {
    private final InMemoryOrderStore store;

    public InMemoryOrderWork(InMemoryOrderStore store) {
        this.store = store;
    }

    @Override
    public Optional<Order> findOrder(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return store.findOrder(merchantId, merchantOrderId);
    }

    @Override
    public Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return store.findCreateFingerprint(merchantId, merchantOrderId);
    }

    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy) {
        return store.insertNewOrder(order, requestFingerprint, retryPolicy);
    }

    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy, Payment payment,
                                  Instant paymentDueAt) {
        return store.insertNewOrder(order, requestFingerprint, retryPolicy, payment, paymentDueAt);
    }

    @Override
    public List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit) {
        throw new UnsupportedOperationException("no engine runs in the REST tests");
    }

    @Override
    public Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId) {
        return store.findByFulfillment(merchantId, fulfillmentId);
    }

    @Override
    public long saveProgress(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                             Map<FulfillmentId, NextWork> work, Lease lease) {
        return store.saveProgress(before, after, events, callbacks, work, lease);
    }

    /** The retry policy the order was created with (null: none of its own), as the engine would load it. */
    public RetryPolicy retryPolicyOf(MerchantId merchantId, OrderId orderId) {
        return store.retryPolicy(merchantId, orderId).orElse(null);
    }

    /** The store itself: also the callback outbox, and Pay and Fulfill's payments and refunds. */
    public InMemoryOrderStore store() {
        return store;
    }

    public int size() {
        return store.size();
    }
}
