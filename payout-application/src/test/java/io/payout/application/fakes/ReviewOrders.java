package io.payout.application.fakes;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.OrderProgress;
import java.time.Instant;

/** Orders whose first fulfillment's first transaction waits in manual review, as the engine leaves them. */
public final class ReviewOrders {
    public static final GatewayResponse STUCK = new GatewayResponse("gw-ref-9", "P01", "Pending at bank",
            "No final status", "{\"status\":\"PENDING\"}");

    private ReviewOrders() {
    }

    /** The progress taking {@code order}'s first fulfillment to manual review with one transaction, at {@code now}. */
    public static OrderProgress toReview(Order order, Instant now) {
        Fulfillment f = order.fulfillments().get(0);
        OrderProgress progress = new OrderProgress(order, now);
        progress.putTransaction(f.id(), Transaction.created(f.id().transaction(1), new MethodId("DUMMY_IMPS"),
                f.amount(), now), TransactionStatus.MANUAL_REVIEW, STUCK);
        progress.setFulfillmentStatus(f.id(), FulfillmentStatus.MANUAL_REVIEW);
        return progress;
    }

    /** The first transaction of the order's first fulfillment. */
    public static TransactionId firstTransaction(Order order) {
        return order.fulfillments().get(0).id().transaction(1);
    }
}
