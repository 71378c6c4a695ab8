package io.payout.application.operator;

import io.payout.domain.FulfillmentId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.Text;

/**
 * An operator's request to retry a fulfillment now. The reason (at most 500 characters) and the operator's name (at
 * most 100) are required.
 */
public record RetryFulfillmentCommand(MerchantId merchantId, FulfillmentId fulfillmentId, String reason,
                                      String operator) {
    public RetryFulfillmentCommand {
        if (merchantId == null) {
            throw new InvalidInputException("merchant", "is required");
        }
        if (fulfillmentId == null) {
            throw new InvalidInputException("fulfillment", "is required");
        }
        String r = reason == null ? null : reason.trim();
        String o = operator == null ? null : operator.trim();
        reason = InvalidInputException.at("reason", () -> Text.required(r, 500));
        operator = InvalidInputException.at("operator", () -> Text.required(o, 100));
    }
}
