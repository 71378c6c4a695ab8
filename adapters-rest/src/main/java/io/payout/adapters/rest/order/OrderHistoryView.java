package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An order's history for its merchant: the merchant's {@code orderId} and the entries, oldest first. */
public record OrderHistoryView(String orderId, List<Entry> entries) {
    /**
     * A status change ({@code STATUS_CHANGE}: {@code label}, {@code entityId}, {@code value} as in callbacks) or an
     * operator's action ({@code OPERATOR_ACTION}: {@code action} and {@code reason}, {@code value} the action too,
     * {@code label} and {@code entityId} what it was done to). The operator's name is not shown.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"at", "kind", "label", "entityId", "value", "action", "reason"})
    public record Entry(String at, String kind, String label, String entityId, String value, String action,
                        String reason) {
        public static final String STATUS_CHANGE = "STATUS_CHANGE";
        public static final String OPERATOR_ACTION = "OPERATOR_ACTION";
    }
}
