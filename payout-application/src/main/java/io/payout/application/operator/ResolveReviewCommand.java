package io.payout.application.operator;

import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.Text;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionStatus;

/**
 * An operator's verdict on a transaction in manual review, after checking with the bank: it succeeded or it failed.
 * The reason (at most 500 characters) and the operator's name (at most 100) are required.
 */
public record ResolveReviewCommand(MerchantId merchantId, TransactionId transactionId, TransactionStatus outcome,
                                   String reason, String operator) {
    public ResolveReviewCommand {
        if (merchantId == null) {
            throw new InvalidInputException("merchant", "is required");
        }
        if (transactionId == null) {
            throw new InvalidInputException("transaction", "is required");
        }
        if (outcome != TransactionStatus.SUCCESS && outcome != TransactionStatus.FAILURE) {
            throw new InvalidInputException("outcome", "must be SUCCESS or FAILURE");
        }
        String r = reason == null ? null : reason.trim();
        String o = operator == null ? null : operator.trim();
        reason = InvalidInputException.at("reason", () -> Text.required(r, 500));
        operator = InvalidInputException.at("operator", () -> Text.required(o, 100));
    }
}
