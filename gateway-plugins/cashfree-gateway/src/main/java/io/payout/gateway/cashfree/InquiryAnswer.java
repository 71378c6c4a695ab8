package io.payout.gateway.cashfree;

import io.payout.gateway.spi.GatewayResult;

/**
 * Reads Cashfree's answer to {@code GET /transfers?transfer_id=}. A 2xx is the transfer's status; a 404, or any
 * 4xx or empty answer whose error says the transfer is not found, is {@code Unknown(notFound = true)}; everything
 * else (5xx, other errors, unreadable bodies) is unknown.
 */
final class InquiryAnswer {
    private InquiryAnswer() {
    }

    static GatewayResult read(CashfreeHttp.Answer answer, String transactionRef, String raw) {
        int status = answer.status();
        boolean ok = status >= 200 && status < 300;
        if (ok && !TransferAnswer.saysNotFound(answer.body())) {
            return TransferAnswer.transfer(answer.body(), transactionRef, raw);
        }
        boolean notFound = ok || status == 404
                || status >= 400 && status < 500 && CashfreeError.parse(answer.body()).isNotFound();
        if (notFound) {
            return new GatewayResult.Unknown("Cashfree has no transfer " + transactionRef, true, raw);
        }
        return new GatewayResult.Unknown("Cashfree answered HTTP " + status + " to the status query", false, raw);
    }
}
