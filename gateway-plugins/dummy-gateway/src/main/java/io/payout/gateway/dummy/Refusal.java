package io.payout.gateway.dummy;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;

/**
 * Requests the sandbox refuses outright, the way an API answers 400: our request was wrong, nothing is recorded
 * or changed, and sending it again will not help.
 */
enum Refusal {
    UNSUPPORTED_RAIL("DUMMY_UNSUPPORTED_RAIL", "the sandbox pays on IMPS, NEFT and UPI only"),
    INVALID_PAYEE_FOR_RAIL("DUMMY_INVALID_PAYEE_FOR_RAIL", "UPI pays a VPA; IMPS and NEFT pay a bank account"),
    INVALID_AMOUNT("DUMMY_INVALID_AMOUNT", "the amount must be positive"),
    IDEMPOTENCY_MISMATCH("DUMMY_IDEMPOTENCY_MISMATCH",
            "this reference was already used for another payout (different rail, amount or payee)");

    private final String responseCode;
    private final String message;

    Refusal(String responseCode, String message) {
        this.responseCode = responseCode;
        this.message = message;
    }

    GatewayResult.Failed answer(String transactionRef) {
        String raw = RawJson.with("status", "REJECTED")
                .and("transactionRef", transactionRef)
                .and("responseCode", responseCode)
                .toString();
        return new GatewayResult.Failed(responseCode, message, FailureCategory.INTERNAL, false, raw);
    }
}
