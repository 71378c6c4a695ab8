package io.payout.application.operator;

import io.payout.domain.FulfillmentId;
import io.payout.domain.MethodId;
import io.payout.domain.OrderStatus;

/**
 * Retries a fulfillment now, for an operator: a retry waiting out its backoff is made due now; a failed fulfillment
 * whose every attempt is a known failure gets a fresh attempt. Never while an earlier attempt may still pay.
 */
public interface RetryFulfillmentUseCase {
    /**
     * @throws io.payout.application.NotFoundException the merchant has no such fulfillment
     * @throws io.payout.application.ConflictException it may not be retried now (the message says why); nothing
     *                                                  was written
     */
    Retry retry(RetryFulfillmentCommand command);

    /**
     * What was done: the fulfillment's next attempt is due now on {@code method} ({@code methodAvailable} false: the
     * method is paused or circuit-open, and the attempt waits for it); {@code reopened}: it had failed and was
     * reopened (else it was waiting for a retry); the order's status after it.
     */
    record Retry(FulfillmentId fulfillmentId, MethodId method, boolean methodAvailable, boolean reopened,
                 OrderStatus orderStatus) {
    }
}
