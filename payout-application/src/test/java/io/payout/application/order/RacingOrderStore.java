package io.payout.application.order;

import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import java.time.Instant;

/**
 * An order store in which a concurrent create wins the race: on the next insert it first stores the competitor's
 * order (as if another request had committed between the caller's lookup and its insert), then lets the insert go.
 */
class RacingOrderStore extends InMemoryOrderStore {
    private CreateOrderCommand competitor;
    private Order winner;

    /** Makes {@code command}'s order be stored just before the next insert. */
    void letCompetitorWinNextInsert(CreateOrderCommand command) {
        this.competitor = command;
    }

    /** The competitor's order, once stored. */
    Order winner() {
        return winner;
    }

    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, io.payout.domain.attempt.RetryPolicy retryPolicy) {
        if (competitor != null) {
            winner = Order.acceptFulfillOnly(OrderId.random(), competitor.merchantId(), competitor.merchantOrderId(),
                    competitor.amount(), competitor.customer(), competitor.udfs(), competitor.fulfillments(),
                    Instant.parse("2024-01-01T00:00:00Z"));
            super.insertNewOrder(winner, competitor.fingerprint(), null);
            competitor = null;
        }
        return super.insertNewOrder(order, requestFingerprint, retryPolicy);
    }
}
