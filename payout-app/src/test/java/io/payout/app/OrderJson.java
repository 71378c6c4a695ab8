package io.payout.app;

/** Create-order bodies in Juspay's shape, for end-to-end tests. */
final class OrderJson {
    private OrderJson() {
    }

    static String fulfillOnly(String orderId, String amount) {
        return """
                {"orderId": "%s", "amount": %s, "customerId": "cust-1", "customerPhone": "9876543210",
                 "customerEmail": "asha@example.com", "type": "FULFILL_ONLY", "udf1": "order-udf",
                 "fulfillments": [{
                   "amount": %s, "preferredMethodList": ["DUMMY_IMPS"], "udf2": "f-udf",
                   "beneficiaryDetails": {"type": "ACCOUNT_IFSC",
                     "details": {"name": "Asha Rao", "account": "026291800001191", "ifsc": "YESB0000262"}},
                   "additionalInfo": {"remark": "refund", "attemptThreshold": 25,
                     "webhookDetails": {"url": "https://merchant.example/hook", "username": "u", "password": "secret-pw"}}
                 }]}
                """.formatted(orderId, amount, amount);
    }
}
