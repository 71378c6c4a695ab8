package io.payout.application.callback.port;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.PendingCallback;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The callback outbox. Callbacks are written with the status changes they report (see
 * {@code OrderWorkPort.saveProgress}); this port delivers them. Every method is one database transaction.
 */
public interface CallbackOutboxPort {
    /**
     * Claims up to {@code limit} due callbacks ({@code PENDING}, next attempt at or before {@code now}), each the
     * lowest-sequence {@code PENDING} callback of its order (so an order's callbacks go out one at a time, in
     * sequence), skipping rows other instances hold. A claimed callback's next attempt moves to {@code leaseUntil}:
     * if this instance dies, it is due again then. Callbacks to a URL in {@code busyUrls} are left alone (this
     * instance has no free slot for that endpoint), so a dead endpoint's backlog does not crowd out the others.
     */
    List<PendingCallback> claimDue(Instant now, Instant leaseUntil, int limit, Set<String> busyUrls);

    /** Writes each outcome: the attempt into the log and the callback's new state. */
    void record(List<DeliveryOutcome> outcomes);

    /** Gives claimed callbacks back without an attempt (e.g. their endpoint was busy): due again at {@code dueAt}. */
    void release(List<String> callbackIds, Instant dueAt);

    /** Every callback of the merchant's order (by our order id), by sequence, with its attempts. */
    List<CallbackRecord> findByOrder(MerchantId merchantId, OrderId orderId);

    /** One callback of the merchant, with its attempts; empty if it is not the merchant's. */
    Optional<CallbackRecord> find(MerchantId merchantId, String callbackId);

    /**
     * Makes the merchant's callback {@code PENDING} and due at {@code now}, with {@code retryStep} delays used
     * (whatever its state). @return false if the merchant has no such callback
     */
    boolean redeliver(MerchantId merchantId, String callbackId, Instant now, int retryStep);

    /**
     * In one transaction: makes every {@code FAILED} callback of the merchant created in [{@code from}, {@code to})
     * {@code PENDING} and due at {@code now}, with {@code retryStep} delays used, writes {@code audit} to the operator
     * log and, for each order whose callbacks it made due, the same action to that order's audit rows (its
     * history). @return how many callbacks
     */
    int redeliverFailed(MerchantId merchantId, Instant from, Instant to, Instant now, int retryStep,
                        OperatorLogEntry audit);
}
