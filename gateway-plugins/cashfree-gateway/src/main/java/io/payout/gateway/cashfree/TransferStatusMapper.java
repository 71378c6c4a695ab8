package io.payout.gateway.cashfree;

import io.payout.gateway.spi.GatewayResult;

/**
 * Turns a Cashfree transfer object ({@code status}, {@code status_code}, {@code status_description},
 * {@code cf_transfer_id}, {@code utr}) into a result. {@code SUCCESS} is paid (its id: {@code cf_transfer_id},
 * else {@code utr}); {@code FAILED}/{@code REJECTED} are failures by {@link FailureCodes}; {@code REVERSED} is a
 * failure never retryable; {@code RECEIVED}/{@code APPROVAL_PENDING}/{@code PENDING} are pending; anything else,
 * or a transfer about another reference, is unknown.
 */
final class TransferStatusMapper {
    private TransferStatusMapper() {
    }

    static GatewayResult map(JsonFields transfer, String transactionRef, String raw) {
        String ref = transfer.text("transfer_id").orElse(transactionRef);
        if (!ref.equals(transactionRef)) {
            return new GatewayResult.Unknown("answer is about another transfer_id", false, raw);
        }
        String status = transfer.text("status").orElse("");
        String cfId = transfer.text("cf_transfer_id").orElse(null);
        switch (status) {
            case "SUCCESS":
                return new GatewayResult.Succeeded(cfId != null ? cfId : transfer.text("utr").orElse(null), raw);
            case "FAILED":
            case "REJECTED":
                return failed(transfer, status, false, raw);
            case "REVERSED":
                return failed(transfer, status, true, raw);
            case "RECEIVED":
            case "APPROVAL_PENDING":
            case "PENDING":
                return new GatewayResult.Pending(cfId, raw);
            default:
                return new GatewayResult.Unknown("unrecognised transfer status '" + status + "'", false, raw);
        }
    }

    private static GatewayResult failed(JsonFields transfer, String status, boolean reversed, String raw) {
        String code = transfer.text("status_code").orElse(status);
        String message = transfer.text("status_description").orElse(status.toLowerCase());
        FailureCodes.Meaning meaning = FailureCodes.of(code);
        return new GatewayResult.Failed(code, reversed ? "reversed: " + message : message, meaning.category(),
                !reversed && meaning.retryable(), raw);
    }
}
