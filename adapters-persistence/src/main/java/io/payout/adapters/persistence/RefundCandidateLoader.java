package io.payout.adapters.persistence;

import io.payout.application.collection.port.CollectionWorkPort.RefundCandidate;
import io.payout.application.engine.port.OrderWork;
import io.payout.domain.collection.Refund;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Loads the payments whose refund check is due with their orders (through {@link OrderWorkLoader}) and their refunds
 * so far: five queries, whatever the size of the batch.
 */
final class RefundCandidateLoader {
    private RefundCandidateLoader() {
    }

    static List<RefundCandidate> load(Handle handle, int limit) {
        List<PaymentRow> payments = handle.attach(PaymentDao.class).findRefundCheckDue(limit);
        if (payments.isEmpty()) {
            return List.of();
        }
        List<OrderKey> keys = payments.stream().map(PaymentRow::key).toList();
        Map<OrderKey, OrderWork> orders = new HashMap<>();
        OrderWorkLoader.load(handle.attach(OrderWorkDao.class), keys)
                .forEach(w -> orders.put(OrderKey.of(w.order()), w));
        Map<OrderKey, List<Refund>> refunds = new HashMap<>();
        for (RefundRow row : handle.attach(RefundDao.class).findByOrders(keys)) {
            refunds.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.toRefund());
        }
        List<RefundCandidate> candidates = new ArrayList<>(payments.size());
        for (PaymentRow payment : payments) {
            OrderWork order = orders.get(payment.key());
            if (order != null) {
                candidates.add(new RefundCandidate(payment.toPayment(), order,
                        List.copyOf(refunds.getOrDefault(payment.key(), List.of()))));
            }
        }
        return candidates;
    }
}
