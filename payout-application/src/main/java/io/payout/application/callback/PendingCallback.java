package io.payout.application.callback;

import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.callback.CallbackEvent;
import java.util.Objects;

/**
 * A callback claimed for delivery. {@code id} is stable ({@code <orderId>-c<sequence>}): it is the
 * {@code webhook-id} of every attempt, so a receiver can drop duplicates. {@code retryStep} counts the retry
 * delays already used; {@code attempts} the attempts made so far. A beneficiary's {@code VALIDATION_V2} callbacks are
 * sequenced the same way under the beneficiary's uniqueId (30 hex characters, the shape of an order id), which is then
 * what {@code orderId} holds: {@code <uniqueId>-c<sequence>}.
 */
public record PendingCallback(String id, MerchantId merchantId, OrderId orderId, long sequence, CallbackEvent event,
                              String info, WebhookTarget target, int attempts, int retryStep) {
    public PendingCallback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(target, "target");
    }
}
