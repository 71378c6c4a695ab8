package io.payout.adapters.persistence;

import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code status_events}; {@code seq} numbers an order's events from 1. Public only because JDBI binds the
 * accessors of public types alone; not part of this adapter's API.
 */
public record StatusEventRow(String merchantId, String orderId, long seq, String label, String entityId,
                             String value, Instant occurredAt) {

    /** The events as rows of the order, numbered on from {@code firstSeq}. */
    static List<StatusEventRow> numbered(OrderKey order, long firstSeq, List<StatusEvent> events) {
        List<StatusEventRow> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            StatusEvent e = events.get(i);
            rows.add(new StatusEventRow(order.merchantId(), order.orderId(), firstSeq + i, e.label().name(),
                    e.entityId(), e.value(), e.occurredAt()));
        }
        return rows;
    }

    StatusEvent toStatusEvent() {
        return new StatusEvent(EventLabel.valueOf(label), entityId, value, occurredAt);
    }
}
