package io.payout.domain.beneficiary;

import io.payout.domain.MethodId;

/**
 * A gateway's answer to one validation of a beneficiary, and the method it was asked through ({@code method}; null
 * when no gateway could be asked). Reasons are the gateway's words, cut to 255 characters.
 */
public sealed interface ValidationResult permits ValidationResult.Valid, ValidationResult.Invalid,
        ValidationResult.Error {
    int MAX_TEXT = 255;

    MethodId method();

    /** The account or VPA exists; {@code nameAtBank}: the holder's name as the bank knows it, when told. */
    record Valid(String nameAtBank, MethodId method) implements ValidationResult {
        public Valid {
            nameAtBank = cut(nameAtBank);
        }
    }

    /** It does not exist, or cannot receive money. */
    record Invalid(String reason, MethodId method) implements ValidationResult {
        public Invalid {
            reason = cut(reason);
        }
    }

    /** No answer could be had (timeout, gateway error, no gateway able to validate). */
    record Error(String reason, MethodId method) implements ValidationResult {
        public Error {
            reason = cut(reason);
        }
    }

    private static String cut(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
