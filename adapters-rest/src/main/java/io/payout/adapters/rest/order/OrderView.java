package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** An order as Juspay's create and status APIs show it. Null fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(String id, String orderId, String customerId, String customerPhone, String customerEmail,
                        String type, String status, BigDecimal amount, String udf1, String udf2, String udf3,
                        String udf4, String udf5, List<FulfillmentView> fulfillments, List<Object> payments,
                        List<Object> refunds, String createdAt, String updatedAt) {
}
