package io.payout.application.engine.port;

import io.payout.application.callback.NewCallback;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's durable work: orders with due fulfillments, claimed in batches, saved with their events. */
public interface OrderWorkPort {
    /**
     * Claims up to {@code limit} orders that have a fulfillment due at {@code now} and no live claim (none, or one
     * whose lease has run out), in one transaction, skipping rows other instances have locked: each returned order
     * is leased to {@code owner} until {@code leaseUntil}, with a new version.
     */
    List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit);

    /** The order holding this fulfillment, with its work, as stored now (no claim). */
    Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId);

    /**
     * In one transaction, if the order's version is still {@code before.version()}: writes the order's status, its
     * fulfillments (status, methods), their transactions (new ones inserted, others updated), the events (numbered
     * on from the order's last event sequence), the callbacks reporting them (into the outbox, numbered on from the
     * order's last callback sequence, {@code PENDING} and due at once), each fulfillment's next work, and the lease.
     *
     * @return the new version, or -1 with nothing written when the version moved on (the claim was lost)
     */
    long saveProgress(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                      Map<FulfillmentId, NextWork> work, Lease lease);
}
