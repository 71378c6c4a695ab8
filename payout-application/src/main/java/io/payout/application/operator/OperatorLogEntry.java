package io.payout.application.operator;

import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the operator log: an operator's action that is not about one order (pausing a gateway, redelivering a
 * merchant's failed callbacks). {@code merchantId} is null when the action concerns no merchant in particular.
 */
public record OperatorLogEntry(String action, String target, MerchantId merchantId, OperatorNote note,
                               String details, Instant at) {
    public static final String PAUSE = "PAUSE";
    public static final String RESUME = "RESUME";
    public static final String REDELIVER_CALLBACKS = "REDELIVER_CALLBACKS";

    public OperatorLogEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
    }

    /** The same action as an order's audit row, for the history of an order it touched. */
    public OperatorAction onOrder(OrderId orderId) {
        return new OperatorAction(Objects.requireNonNull(merchantId, "merchantId"), orderId, action, target,
                note.operator(), note.reason(), details, at);
    }
}
