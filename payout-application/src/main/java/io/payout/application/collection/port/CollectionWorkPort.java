package io.payout.application.collection.port;

import io.payout.application.callback.NewCallback;
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
 * The durable work of Pay and Fulfill: payments (one per order, inserted with the order by {@code SaveOrderPort})
 * and refunds, each with its own next due time, claimed in batches like the engine's work. Every method is one
 * database transaction.
 */
public interface CollectionWorkPort {
    /**
     * Claims up to {@code limit} payments not final whose next due time is at or before {@code now}, skipping rows
     * others hold; each claimed payment's due time moves to {@code leaseUntil} (due again then if this instance dies).
     */
    List<Payment> claimDuePayments(Instant now, Instant leaseUntil, int limit);

    /**
     * Writes the payment; {@code nextDueAt} null: nothing more to do for it. A payment already final (settled by
     * another instance, e.g. after a webhook cut this one's claim short) is never changed: the write is ignored.
     */
    void savePayment(Payment payment, Instant nextDueAt);

    /**
     * In one transaction: the order's progress exactly as {@code OrderWorkPort.saveProgress} writes it (version
     * checked, events, callbacks, fulfillments' next work; the order's claim released) and the payment (no longer
     * due). @return the order's new version, or -1 with nothing written when the order's version moved on or the
     * stored payment is final already
     */
    long savePaymentAndOrder(Payment payment, OrderWork before, Order after, List<StatusEvent> events,
                             List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work);

    /** The order's payment, if it is the merchant's Pay and Fulfill order. */
    Optional<Payment> findPayment(MerchantId merchantId, OrderId orderId);

    /**
     * Makes the payment with this provider order id due at {@code now} if it is not final (a webhook or the sandbox
     * said something happened). @return false if there is no such open payment
     */
    boolean makePaymentDueNow(String provider, String providerOrderId, Instant now);

    /**
     * Up to {@code limit} {@code CHARGED} payments whose order is final (terminal status) and whose refund check is
     * still to be done, each with the order as stored and the payment's refunds so far.
     */
    List<RefundCandidate> findRefundCandidates(int limit);

    /**
     * In one transaction, if the payment's refund check is still to be done: marks it done, and inserts
     * {@code refund} (if not null; {@code PENDING}, due at {@code now}) with {@code callbacks}. A later change of the
     * order's status to a final one makes the check due again (the persistence does that in the order's save).
     *
     * @return false, with nothing written, if the check was already done (another instance did it)
     */
    boolean decideRefund(Payment payment, Refund refund, List<NewCallback> callbacks, Instant now);

    /** Like {@link #claimDuePayments} for refunds not final. */
    List<Refund> claimDueRefunds(Instant now, Instant leaseUntil, int limit);

    /**
     * Writes the refund and {@code callbacks} in one transaction; {@code nextDueAt} null: nothing more to do. A
     * refund already final is never changed (the write and its callbacks are ignored).
     */
    void saveRefund(Refund refund, Instant nextDueAt, List<NewCallback> callbacks);

    /** The order's refunds, oldest first, if it is the merchant's order. */
    List<Refund> refundsOf(MerchantId merchantId, OrderId orderId);

    /** A payment to check for a refund, with its order and its refunds so far. */
    record RefundCandidate(Payment payment, OrderWork order, List<Refund> refunds) {
    }
}
