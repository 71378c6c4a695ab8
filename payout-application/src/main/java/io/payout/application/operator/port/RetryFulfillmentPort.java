package io.payout.application.operator.port;

import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.operator.OperatorAction;
import io.payout.domain.FulfillmentId;
import io.payout.domain.Order;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes an operator's retry of a fulfillment, where nothing may have changed under it. */
public interface RetryFulfillmentPort {
    /**
     * In one transaction, with the order locked first (then its payment, if it has one): unless the order's version
     * moved on from {@code before.version()} ({@link Outcome#STALE}), an engine instance holds a live claim on it at
     * {@code now} ({@link Outcome#CLAIMED}: its step may hold an answer not yet written), or it has a refund of its
     * payment ({@link Outcome#REFUNDED}: the money went back), writes exactly what
     * {@link OperatorActionPort#saveProgressWithAction} writes (progress, callbacks, work, claim released, audit row)
     * and cancels a refund check of its payment that is due (the order is no longer final; its next final status
     * makes the check due again). Otherwise nothing at all is written.
     */
    Outcome saveRetry(OrderWork before, Order after, List<StatusEvent> events, List<NewCallback> callbacks,
                      Map<FulfillmentId, NextWork> work, OperatorAction action, Instant now);

    /** What {@link #saveRetry} did. */
    enum Outcome { SAVED, STALE, CLAIMED, REFUNDED }
}
