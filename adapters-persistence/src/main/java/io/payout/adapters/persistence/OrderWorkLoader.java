package io.payout.adapters.persistence;

import io.payout.application.engine.port.OrderWork;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.NextWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads orders with their work for a batch of keys in three queries (orders, fulfillments, transactions), whatever
 * the size of the batch. Each fulfillment's next work comes from its row; one without any is left out of the map.
 */
final class OrderWorkLoader {
    private OrderWorkLoader() {
    }

    /** The orders of {@code keys} that exist, in the order of the keys. */
    static List<OrderWork> load(OrderWorkDao dao, List<OrderKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<OrderKey, OrderWorkRow> orders = new HashMap<>();
        dao.findOrders(keys).forEach(row -> orders.put(row.key(), row));
        Map<OrderKey, Map<String, List<Transaction>>> transactions = new HashMap<>();
        for (TransactionRow row : dao.findTransactions(keys)) {
            transactions.computeIfAbsent(new OrderKey(row.merchantId(), row.orderId()), key -> new HashMap<>())
                    .computeIfAbsent(row.fulfillmentId(), id -> new ArrayList<>()).add(row.toTransaction());
        }
        Map<OrderKey, List<FulfillmentWorkRow>> fulfillments = new LinkedHashMap<>();
        for (FulfillmentWorkRow row : dao.findFulfillments(keys)) {
            fulfillments.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
        }
        List<OrderWork> loaded = new ArrayList<>(keys.size());
        for (OrderKey key : keys) {
            OrderWorkRow order = orders.get(key);
            if (order != null) {
                loaded.add(assemble(order, fulfillments.getOrDefault(key, List.of()),
                        transactions.getOrDefault(key, Map.of())));
            }
        }
        return loaded;
    }

    private static OrderWork assemble(OrderWorkRow order, List<FulfillmentWorkRow> rows,
                                      Map<String, List<Transaction>> transactions) {
        List<Fulfillment> fulfillments = new ArrayList<>(rows.size());
        Map<FulfillmentId, NextWork> work = new HashMap<>();
        for (FulfillmentWorkRow row : rows) {
            Fulfillment f = row.fulfillment().toFulfillment(
                    transactions.getOrDefault(row.fulfillment().fulfillmentId(), List.of()));
            fulfillments.add(f);
            if (!row.nextWork().equals(NextWork.NONE)) {
                work.put(f.id(), row.nextWork());
            }
        }
        return new OrderWork(order.order().toOrder(fulfillments), RetryPolicyJson.read(order.retryPolicy()), work,
                order.version());
    }
}
