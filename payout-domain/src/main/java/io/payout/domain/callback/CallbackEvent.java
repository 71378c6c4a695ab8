package io.payout.domain.callback;

import io.payout.domain.attempt.EventLabel;
import java.time.Instant;
import java.util.Objects;

/**
 * What one callback tells the merchant: a status change of an order, fulfillment or transaction, named with
 * Juspay's callback values ({@code value}), which are not always our stored statuses (see {@link CallbackEvents}).
 */
public record CallbackEvent(EventLabel label, String value, String entityId, Instant occurredAt) {
    public CallbackEvent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
