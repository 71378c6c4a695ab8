package io.payout.domain.attempt;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A working copy of one order while the engine moves it on: every status change goes through here, keeps the
 * order's status in line with its fulfillments, and is recorded as a {@link StatusEvent}.
 */
public final class OrderProgress {
    private Order order;
    private final Instant now;
    private final List<StatusEvent> events = new ArrayList<>();

    public OrderProgress(Order order, Instant now) {
        this.order = order;
        this.now = now;
    }

    public Order order() {
        return order;
    }

    public Instant now() {
        return now;
    }

    public List<StatusEvent> events() {
        return List.copyOf(events);
    }

    public Fulfillment fulfillment(FulfillmentId id) {
        return order.fulfillment(id);
    }

    public void replace(Fulfillment fulfillment) {
        order = order.withFulfillment(fulfillment, now);
    }

    public void setOrderStatus(OrderStatus status) {
        if (order.status() != status) {
            order = order.withStatus(status, now);
            events.add(new StatusEvent(EventLabel.ORDER, order.id().value(), status.name(), now));
        }
    }

    public void setFulfillmentStatus(FulfillmentId id, FulfillmentStatus status) {
        Fulfillment f = fulfillment(id);
        if (f.status() != status) {
            replace(f.withStatus(status, now));
            events.add(new StatusEvent(EventLabel.FULFILLMENT_ORDER, id.value(), status.name(), now));
        }
        setOrderStatus(OrderStatusRule.statusOf(order));
    }

    /** Adds a transaction, or records a change of one (its status and what the gateway said). */
    public Transaction putTransaction(FulfillmentId id, Transaction transaction, TransactionStatus status,
                                      GatewayResponse response) {
        Fulfillment f = fulfillment(id);
        boolean known = f.transactions().stream().anyMatch(t -> t.id().equals(transaction.id()));
        Transaction updated = transaction.with(status, response, now);
        replace(f.withTransaction(updated, now));
        if (!known || transaction.status() != status) {
            events.add(new StatusEvent(EventLabel.FULFILLMENT_TXN, transaction.id().value(), status.name(), now));
        }
        return updated;
    }
}
