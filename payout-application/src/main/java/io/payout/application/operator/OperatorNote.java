package io.payout.application.operator;

import io.payout.domain.InvalidInputException;
import io.payout.domain.Text;

/** Who did an operator's action and why: both required (at most 100 and 500 characters), as the audit log needs. */
public record OperatorNote(String operator, String reason) {
    public OperatorNote {
        String o = operator == null ? null : operator.trim();
        String r = reason == null ? null : reason.trim();
        operator = InvalidInputException.at("operator", () -> Text.required(o, 100));
        reason = InvalidInputException.at("reason", () -> Text.required(r, 500));
    }
}
