package io.payout.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Create-order bodies for Pay and Fulfill: one DUMMY_IMPS fulfillment per amount (the order amount is their sum), one
 * attempt each (so a failing payout fails at its first outcome), callbacks as the merchant's configuration says.
 */
final class PayAndFulfillOrderJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PayAndFulfillOrderJson() {
    }

    static String order(String orderId, String... fulfillmentAmounts) {
        return body(orderId, null, fulfillmentAmounts);
    }

    /** An order that says itself whether what is collected and not paid out is refunded. */
    static String order(String orderId, boolean refundOnFailure, String... fulfillmentAmounts) {
        return body(orderId, refundOnFailure, fulfillmentAmounts);
    }

    private static String body(String orderId, Boolean refundOnFailure, String... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (String amount : amounts) {
            total = total.add(new BigDecimal(amount));
        }
        ObjectNode order = JSON.createObjectNode().put("orderId", orderId).put("amount", total)
                .put("customerId", "cust-1").put("customerPhone", "9876543210")
                .put("customerEmail", "asha@example.com").put("type", "PAY_AND_FULFILL");
        if (refundOnFailure != null) {
            order.put("refundOnFailure", refundOnFailure);
        }
        order.putObject("retryAttemptPolicy").put("maxAttempts", 1);
        ArrayNode fulfillments = order.putArray("fulfillments");
        for (String amount : amounts) {
            ObjectNode fulfillment = fulfillments.addObject().put("amount", new BigDecimal(amount));
            fulfillment.putArray("preferredMethodList").add("DUMMY_IMPS");
            fulfillment.putObject("beneficiaryDetails").put("type", "ACCOUNT_IFSC").putObject("details")
                    .put("name", "Asha Rao").put("account", "026291800001191").put("ifsc", "YESB0000262");
        }
        return order.toString();
    }
}
