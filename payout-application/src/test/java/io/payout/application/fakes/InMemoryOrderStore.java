package io.payout.application.fakes;

import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Orders in memory, for use-case and resource tests. Behaves as the persistence contract says. */
public class InMemoryOrderStore implements LoadOrderPort, SaveOrderPort {
    private record Key(MerchantId merchantId, MerchantOrderId merchantOrderId) {
    }

    private record Stored(Order order, String fingerprint) {
    }

    private final Map<Key, Stored> orders = new ConcurrentHashMap<>();

    @Override
    public Optional<Order> findOrder(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return Optional.ofNullable(orders.get(new Key(merchantId, merchantOrderId))).map(Stored::order);
    }

    @Override
    public Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return Optional.ofNullable(orders.get(new Key(merchantId, merchantOrderId))).map(Stored::fingerprint);
    }

    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, io.payout.domain.attempt.RetryPolicy retryPolicy) {
        return orders.putIfAbsent(new Key(order.merchantId(), order.merchantOrderId()),
                new Stored(order, requestFingerprint)) == null;
    }

    public int size() {
        return orders.size();
    }
}
