package io.payout.domain.attempt;

import java.time.Instant;
import java.util.Objects;

/** One status change of an order, fulfillment or transaction; stored with the change, delivered as a callback. */
public record StatusEvent(EventLabel label, String entityId, String value, Instant occurredAt) {
    public StatusEvent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
