package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as Juspay's create and status APIs show it. Null fields are left out. {@code payments} (a Pay and Fulfill
 * order's collection, {@link PaymentView}) is filled in the create response and, in the status API, with
 * {@code expand=payment}; {@code refunds} ({@link RefundView}) with {@code expand=refund}; otherwise both are
 * {@code []}, as they always are for a Fulfill Only order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(String id, String orderId, String customerId, String customerPhone, String customerEmail,
                        String type, String status, BigDecimal amount, String udf1, String udf2, String udf3,
                        String udf4, String udf5, List<FulfillmentView> fulfillments, List<PaymentView> payments,
                        List<RefundView> refunds, String createdAt, String updatedAt) {
    /** This view with another {@code status} (a callback reports its own value, e.g. one not stored). */
    public OrderView withStatus(String newStatus) {
        return new OrderView(id, orderId, customerId, customerPhone, customerEmail, type, newStatus, amount, udf1, udf2,
                udf3, udf4, udf5, fulfillments, payments, refunds, createdAt, updatedAt);
    }
}
