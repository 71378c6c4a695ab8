package io.payout.adapters.rest.order;

/** The response to {@code OrderJson.full(orderId)}, created at the test clock's time. */
final class ExpectedOrder {
    private ExpectedOrder() {
    }

    static String full(String id, String orderId) {
        return """
                {"id": "%1$s", "orderId": "%2$s", "customerId": "cust-1", "customerPhone": "9876543210",
                 "customerEmail": "asha@example.com", "type": "FULFILL_ONLY", "status": "READY_FOR_FULFILLMENT",
                 "amount": 10.50, "udf1": "u1", "udf2": "u2", "udf3": "u3", "udf4": "u4", "udf5": "u5",
                 "fulfillments": [
                   {"id": "%1$s-f1", "status": "CREATED", "amount": 7.00,
                    "preferredMethodList": ["DUMMY_IMPS", "DUMMY_NEFT"], "fulfillmentMethodList": [],
                    "beneficiaryDetails": {"type": "ACCOUNT_IFSC",
                      "details": {"name": "Asha Rao", "account": "026291800001191", "ifsc": "YESB0000262"}},
                    "additionalInfo": {"remark": "salary", "useThisAsTR": "tr-001",
                      "scheduleTime": "2030-01-01T00:00:00Z", "attemptThreshold": 25, "isRetriable": true,
                      "webhookDetails": {"url": "https://merchant.example/hooks", "username": "hook-user",
                        "customHeader": "{\\"x-tenant\\":\\"t1\\"}"}},
                    "udf1": "f1", "udf2": "f2", "udf3": "f3", "udf4": "f4", "udf5": "f5",
                    "createdAt": "2024-01-15T10:00:00Z", "updatedAt": "2024-01-15T10:00:00Z",
                    "statusUpdatedAt": "2024-01-15T10:00:00Z"},
                   {"id": "%1$s-f2", "status": "CREATED", "amount": 3.50,
                    "preferredMethodList": [], "fulfillmentMethodList": [],
                    "beneficiaryDetails": {"type": "UPI_ID",
                      "details": {"name": "Ravi K", "vpa": "success@upi", "mobileNo": "9876543210"}},
                    "createdAt": "2024-01-15T10:00:00Z", "updatedAt": "2024-01-15T10:00:00Z",
                    "statusUpdatedAt": "2024-01-15T10:00:00Z"}
                 ],
                 "payments": [], "refunds": [],
                 "createdAt": "2024-01-15T10:00:00Z", "updatedAt": "2024-01-15T10:00:00Z"}
                """.formatted(id, orderId);
    }
}
