package io.payout.domain.callback;

import io.payout.domain.Fulfillment;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.StatusEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns stored status events into the callbacks Juspay's merchants expect. Our statuses are finer than Juspay's
 * callback values, so:
 * <ul>
 *   <li>{@code ORDER}: {@code CREATED} and {@code READY_FOR_FULFILLMENT} are not sent (the create response said
 *       so); every other order status is.</li>
 *   <li>{@code FULFILLMENT_ORDER}: a fulfillment leaving {@code CREATED} for {@code PENDING} is {@code INITIATED};
 *       {@code PENDING} again (a retry is planned) is not sent; final and review statuses are.</li>
 *   <li>{@code FULFILLMENT_TXN}: {@code CREATED} (not yet sent to the gateway) is not sent. The first status a
 *       transaction reaches after {@code CREATED} is preceded by {@code INITIATED} (it was sent), so a merchant
 *       always sees {@code INITIATED} once before the outcome; {@code PENDING} is not a Juspay value and is not
 *       sent by itself.</li>
 * </ul>
 */
public final class CallbackEvents {
    private static final Set<String> SILENT_ORDER_STATUSES = Set.of("CREATED", "READY_FOR_FULFILLMENT");
    private static final String INITIATED = "INITIATED";

    private CallbackEvents() {
    }

    /**
     * The callbacks for {@code events}, which happened, in this order, to {@code before} (the order as stored before
     * them).
     */
    public static List<CallbackEvent> from(Order before, List<StatusEvent> events) {
        Map<String, String> lastStatus = statusesOf(before);
        List<CallbackEvent> result = new ArrayList<>();
        for (StatusEvent event : events) {
            String previous = lastStatus.put(event.entityId(), event.value());
            for (String value : valuesFor(event.label(), previous, event.value())) {
                result.add(new CallbackEvent(event.label(), value, event.entityId(), event.occurredAt()));
            }
        }
        return result;
    }

    static List<String> valuesFor(EventLabel label, String previous, String value) {
        switch (label) {
            case ORDER:
                return SILENT_ORDER_STATUSES.contains(value) ? List.of() : List.of(value);
            case FULFILLMENT_ORDER:
                if (value.equals("PENDING")) {
                    return previous == null || previous.equals("CREATED") ? List.of(INITIATED) : List.of();
                }
                return value.equals("CREATED") ? List.of() : List.of(value);
            case FULFILLMENT_TXN:
                return transactionValues(previous, value);
            default:
                throw new IllegalArgumentException("no callback values for label " + label);
        }
    }

    private static List<String> transactionValues(String previous, String value) {
        if (value.equals("CREATED")) {
            return List.of();
        }
        boolean justSent = previous == null || previous.equals("CREATED");
        if (value.equals(INITIATED) || value.equals("PENDING")) {
            return justSent ? List.of(INITIATED) : List.of();
        }
        return justSent ? List.of(INITIATED, value) : List.of(value);
    }

    private static Map<String, String> statusesOf(Order order) {
        Map<String, String> statuses = new HashMap<>();
        statuses.put(order.id().value(), order.status().name());
        for (Fulfillment f : order.fulfillments()) {
            statuses.put(f.id().value(), f.status().name());
            for (Transaction t : f.transactions()) {
                statuses.put(t.id().value(), t.status().name());
            }
        }
        return statuses;
    }
}
