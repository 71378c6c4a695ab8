package io.payout.application.operator;

import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;

/**
 * One line of an order's history: a status change ({@code STATUS}, with its {@code event}) or an operator's action
 * ({@code OPERATOR}, with its {@code action}); {@code text} is the line as operators read it.
 */
public record HistoryEntry(Instant at, String kind, String text, StatusEvent event, OperatorAction action) {
    public static final String STATUS = "STATUS";
    public static final String OPERATOR = "OPERATOR";

    static HistoryEntry of(StatusEvent e) {
        return new HistoryEntry(e.occurredAt(), STATUS, e.label() + " " + e.entityId() + " " + e.value(), e, null);
    }

    static HistoryEntry of(OperatorAction a) {
        return new HistoryEntry(a.at(), OPERATOR, a.action() + " " + a.target() + " by " + a.operator() + ": "
                + a.reason() + (a.details() == null ? "" : " (" + a.details() + ")"), null, a);
    }
}
