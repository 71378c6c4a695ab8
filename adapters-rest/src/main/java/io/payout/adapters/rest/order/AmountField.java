package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;
import io.payout.domain.Money;
import java.math.BigDecimal;

/**
 * An amount as sent (a JSON number or numeric string, read exactly) made into {@link Money}. Absurd values
 * ({@code 1e400}, {@code 1e-999999999}, {@code 1e2147483647}) are refused here by digits and scale, in long
 * arithmetic, before any value reaches Money: the edge does not rely on the domain to be safe against them.
 */
final class AmountField {
    /** Integer digits of Money's largest value, 9999999999999999.99. */
    private static final int MAX_INTEGER_DIGITS = 16;

    private AmountField() {
    }

    static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException(field, "is required");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidInputException(field, "must have at most 2 decimals");
        }
        if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException(field, "is too large");
        }
        return InvalidInputException.at(field, () -> new Money(amount));
    }
}
