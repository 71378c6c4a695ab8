package io.payout.adapters.rest.support;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's view of the orders an {@link InMemoryOrderStore} holds, for the REST tests: creates go to the store
 * (its fingerprints settle idempotency and races), and this adds what the store does not keep: each order's retry
 * policy, work, version and later states. Orders must be inserted through here to be found by fulfillment.
 * No engine runs in these tests, so nothing is ever claimed.
 */
public final class InMemoryOrderWork implements LoadOrderPort, SaveOrderPort, OrderWorkPort {
    private record Entry(Order order, RetryPolicy retryPolicy, Map<FulfillmentId, NextWork> work, long version) {
    }

    private final InMemoryOrderStore store;
    private final Map<OrderId, Entry> entries = new ConcurrentHashMap<>();

    public InMemoryOrderWork(InMemoryOrderStore store) {
        this.store = store;
    }

    @Override
    public Optional<Order> findOrder(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return store.findOrder(merchantId, merchantOrderId)
                .map(stored -> entries.containsKey(stored.id()) ? entries.get(stored.id()).order() : stored);
    }

    @Override
    public Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return store.findCreateFingerprint(merchantId, merchantOrderId);
    }

    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy) {
        if (!store.insertNewOrder(order, requestFingerprint, retryPolicy)) {
            return false;
        }
        entries.put(order.id(), new Entry(order, retryPolicy, Map.of(), 1));
        return true;
    }

    @Override
    public List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit) {
        throw new UnsupportedOperationException("no engine runs in the REST tests");
    }

    @Override
    public Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId) {
        return Optional.ofNullable(entries.get(fulfillmentId.orderId()))
                .filter(e -> e.order().merchantId().equals(merchantId))
                .filter(e -> e.order().fulfillments().stream().anyMatch(f -> f.id().equals(fulfillmentId)))
                .map(e -> new OrderWork(e.order(), e.retryPolicy(), e.work(), e.version()));
    }

    @Override
    public synchronized long saveProgress(OrderWork before, Order after, List<StatusEvent> events,
                                          Map<FulfillmentId, NextWork> work, Lease lease) {
        Entry entry = entries.get(after.id());
        if (entry == null || entry.version() != before.version()) {
            return -1;
        }
        long version = entry.version() + 1;
        entries.put(after.id(), new Entry(after, entry.retryPolicy(), work, version));
        return version;
    }

    /** The retry policy the order was created with (null: none of its own), as the engine would load it. */
    public RetryPolicy retryPolicyOf(MerchantId merchantId, OrderId orderId) {
        return findByFulfillment(merchantId, orderId.fulfillment(1)).orElseThrow().retryPolicy();
    }

    public int size() {
        return store.size();
    }
}
