package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A refund of a Pay and Fulfill order's collected payment, in the order's {@code refunds[]} (status API with
 * {@code expand=refund}), oldest first. Null fields are left out.
 * <pre>{@code
 * {"id": "0123456789abcdef0123456789abcd-r1", "uniqueRequestId": "0123456789abcdef0123456789abcdr1",
 *  "amount": 10.50, "status": "SUCCESS", "providerRefundId": "rfnd_42",
 *  "reason": "order FULFILLMENTS_FAILURE: 10.50 collected and not paid out",
 *  "createdAt": "2024-01-15T11:00:00Z", "updatedAt": "2024-01-15T11:00:05Z"}
 * }</pre>
 * <ul>
 * <li>{@code id}: the order's {@code id} and {@code -r1}, {@code -r2}...</li>
 * <li>{@code uniqueRequestId}: sent to the provider with every request for this refund, so it is never made twice.</li>
 * <li>{@code status}: {@code PENDING} (asked for, or not yet settled by the provider), {@code SUCCESS},
 * {@code FAILURE}.</li>
 * <li>{@code providerRefundId}: the provider's id for it, once it has answered with one.</li>
 * <li>{@code reason}: why the refund was decided.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundView(String id, String uniqueRequestId, BigDecimal amount, String status, String providerRefundId,
                         String reason, String createdAt, String updatedAt) {
    /** This view with another {@code status} (a callback reports its own value). */
    public RefundView withStatus(String newStatus) {
        return new RefundView(id, uniqueRequestId, amount, newStatus, providerRefundId, reason, createdAt, updatedAt);
    }
}
