package io.payout.adapters.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Create-order bodies for tests: a valid one using every field, and edits at a merchant-style field path. */
public final class OrderJson {
    public static final String WEBHOOK_PASSWORD = "hook-secret-pass-42";
    public static final String ACCOUNT = "026291800001191";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final String FULL = """
            {"orderId": "%s", "amount": 10.50, "customerId": "cust-1", "customerPhone": "9876543210",
             "customerEmail": "asha@example.com", "type": "FULFILL_ONLY",
             "udf1": "u1", "udf2": "u2", "udf3": "u3", "udf4": "u4", "udf5": "u5",
             "aFieldWeDoNotUse": {"nested": [1, 2, 3]},
             "fulfillments": [
               {"amount": 7.00,
                "beneficiaryDetails": {"type": "ACCOUNT_IFSC",
                  "details": {"name": "Asha Rao", "account": "%s", "ifsc": "YESB0000262"}},
                "preferredMethodList": ["DUMMY_IMPS", "DUMMY_NEFT"],
                "udf1": "f1", "udf2": "f2", "udf3": "f3", "udf4": "f4", "udf5": "f5",
                "additionalInfo": {"remark": "salary", "useThisAsTR": "tr-001", "scheduleTime": "2030-01-01T00:00:00Z",
                  "attemptThreshold": 25, "isRetriable": true,
                  "webhookDetails": {"url": "https://merchant.example/hooks", "username": "hook-user",
                    "password": "%s", "customHeader": {"x-tenant": "t1"}}}},
               {"amount": "3.50",
                "beneficiaryDetails": {"type": "UPI_ID",
                  "details": {"name": "Ravi K", "vpa": "success@upi", "mobileNo": "9876543210"}}}
             ]}
            """;

    private OrderJson() {
    }

    public static ObjectNode full(String orderId) {
        return (ObjectNode) parse(FULL.formatted(orderId, ACCOUNT, WEBHOOK_PASSWORD));
    }

    /** {@link #full} as a Pay and Fulfill order. */
    public static ObjectNode payAndFulfill(String orderId) {
        return (ObjectNode) full(orderId).put("type", "PAY_AND_FULFILL");
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** Sets (or with {@code null}, removes) the value at a path such as {@code fulfillments[0].amount}. */
    public static ObjectNode with(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = child(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (value == null) {
                ((ArrayNode) parent).remove(index);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root;
    }

    private static JsonNode child(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
    }
}
