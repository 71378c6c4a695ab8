package io.payout.application.callback;

import io.payout.domain.WebhookTarget;
import io.payout.domain.callback.CallbackEvent;
import java.util.Objects;

/**
 * A callback to write to the outbox with the status change it reports: the event, where it goes, and {@code info}
 * (the order, fulfillment or transaction as the status API shows it, as JSON, rendered when the change happened).
 * The outbox gives it its id and per-order sequence.
 */
public record NewCallback(CallbackEvent event, WebhookTarget target, String info) {
    public NewCallback {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(info, "info");
    }
}
