package io.payout.application.operator;

import java.time.Instant;

/** One line of an order's history: a status change ({@code STATUS}) or an operator's action ({@code OPERATOR}). */
public record HistoryEntry(Instant at, String kind, String text) {
    public static final String STATUS = "STATUS";
    public static final String OPERATOR = "OPERATOR";
}
