package io.payout.gateway.cashfree;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;

/**
 * Reads Cashfree's answer to {@code POST /transfers}. A 2xx is the transfer's status. A reused {@code transfer_id}
 * (HTTP 409, or an error whose code or message says it already exists or is a duplicate) is unknown: Cashfree has
 * the transfer, so the engine must inquire. 5xx, 404, unreadable bodies and anything unexpected are unknown.
 * 429 is a retryable gateway failure (nothing was accepted); any other 4xx is our mistake: an
 * {@link FailureCategory#INTERNAL} failure, not retryable.
 */
final class InitiateAnswer {
    private InitiateAnswer() {
    }

    static GatewayResult read(CashfreeHttp.Answer answer, String transactionRef, String raw) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return TransferAnswer.transfer(answer.body(), transactionRef, raw);
        }
        CashfreeError error = CashfreeError.parse(answer.body());
        if (status == 409 || error.isDuplicate()) {
            return new GatewayResult.Unknown("transfer_id already received by Cashfree; inquire", false, raw);
        }
        if (status == 429) {
            return new GatewayResult.Failed(error.code("RATE_LIMITED"), error.message("too many requests"),
                    FailureCategory.GATEWAY, true, raw);
        }
        if (status >= 400 && status < 500 && status != 404 && status != 408) {
            return new GatewayResult.Failed(error.code("HTTP_" + status), error.message("request refused"),
                    FailureCategory.INTERNAL, false, raw);
        }
        return new GatewayResult.Unknown("Cashfree answered HTTP " + status + " at initiation", false, raw);
    }
}
