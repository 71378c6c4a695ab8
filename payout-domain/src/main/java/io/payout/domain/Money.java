package io.payout.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in rupees, exact, with two decimals. Never negative. */
public record Money(BigDecimal value) implements Comparable<Money> {
    private static final BigDecimal LARGEST = new BigDecimal("9999999999999999.99");
    private static final int MAX_INTEGER_DIGITS = 16;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new InvalidValueException("must not be negative");
        }
        // Checked on precision and scale first, so that 1e999999999 is refused at once, not after expanding it.
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("is too large");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("must have at most 2 decimals");
        }
        try {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("must have at most 2 decimals");
        }
        if (value.compareTo(LARGEST) > 0) {
            throw new InvalidValueException("is too large");
        }
    }

    public static Money of(String amount) {
        if (amount == null) {
            throw new InvalidValueException("is required");
        }
        try {
            return new Money(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("must be a decimal number");
        }
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    /** This less {@code other}, which must not be larger. */
    public Money minus(Money other) {
        if (other.isGreaterThan(this)) {
            throw new DomainException("cannot take " + other + " from " + this);
        }
        return new Money(value.subtract(other.value));
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
