package io.payout.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payout.domain.WebhookTarget;

/**
 * Create-order bodies in Juspay's shape for callback tests: one DUMMY_IMPS fulfillment, either without
 * {@code webhookDetails} (its callbacks follow the merchant's configuration) or with its own.
 */
final class CallbackOrderJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CallbackOrderJson() {
    }

    /** An order whose callbacks all go where the merchant's configuration says. */
    static String order(String orderId, String amount) {
        return body(orderId, amount, null);
    }

    /** An order whose fulfillment names its own callback target ({@code customHeader} sent as a string). */
    static String order(String orderId, String amount, WebhookTarget fulfillmentHook) {
        return body(orderId, amount, fulfillmentHook);
    }

    private static String body(String orderId, String amount, WebhookTarget hook) {
        ObjectNode order = JSON.createObjectNode().put("orderId", orderId).put("amount", Double.parseDouble(amount))
                .put("customerId", "cust-1").put("customerPhone", "9876543210")
                .put("customerEmail", "asha@example.com").put("type", "FULFILL_ONLY");
        ObjectNode fulfillment = order.putArray("fulfillments").addObject().put("amount", Double.parseDouble(amount));
        fulfillment.putArray("preferredMethodList").add("DUMMY_IMPS");
        fulfillment.putObject("beneficiaryDetails").put("type", "ACCOUNT_IFSC").putObject("details")
                .put("name", "Asha Rao").put("account", "026291800001191").put("ifsc", "YESB0000262");
        ObjectNode info = fulfillment.putObject("additionalInfo").put("remark", "refund");
        if (hook != null) {
            info.putObject("webhookDetails").put("url", hook.url()).put("username", hook.username())
                    .put("password", hook.password()).put("customHeader", hook.customHeader());
        }
        return order.toString();
    }
}
