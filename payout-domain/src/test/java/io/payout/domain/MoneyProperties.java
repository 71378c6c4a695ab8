package io.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Money is exact, with two decimals, never negative, never larger than NUMERIC(18,2) holds. */
class MoneyProperties {
    private static final BigDecimal LARGEST = new BigDecimal("9999999999999999.99");

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, LARGEST).ofScale(2));
    }

    @Provide
    Arbitrary<BigDecimal> overPrecise() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(6)
                .filter(v -> v.stripTrailingZeros().scale() > 2);
    }

    @Property(tries = 300)
    void anyAmountWithAtMostTwoDecimalsIsKeptExactlyAtScaleTwo(@ForAll("amounts") BigDecimal v) {
        Money m = Money.of(v.stripTrailingZeros().toPlainString());

        assertThat(m.value().scale()).isEqualTo(2);
        assertThat(m.value().compareTo(v)).isZero();
        assertThat(m).isEqualTo(new Money(v)).hasSameHashCodeAs(new Money(v.setScale(4)));
    }

    @Property(tries = 300)
    void additionIsExactCommutativeAndUndoneBySubtraction(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
        Money x = new Money(a);
        Money y = new Money(b);
        BigDecimal exact = a.add(b);
        if (exact.compareTo(LARGEST) > 0) {
            assertThatThrownBy(() -> x.plus(y)).isInstanceOf(InvalidValueException.class);
            return;
        }
        Money sum = x.plus(y);

        assertThat(sum.value()).isEqualByComparingTo(exact);
        assertThat(sum.value().scale()).isEqualTo(2);
        assertThat(sum).isEqualTo(y.plus(x));
        assertThat(sum.minus(y)).isEqualTo(x);
        assertThat(sum.minus(x)).isEqualTo(y);
        assertThat(x.plus(Money.ZERO)).isEqualTo(x);
    }

    @Property(tries = 300)
    void subtractionNeverGoesBelowZero(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
        Money x = new Money(a);
        Money y = new Money(b);
        if (y.isGreaterThan(x)) {
            assertThatThrownBy(() -> x.minus(y)).isInstanceOf(DomainException.class);
        } else {
            assertThat(x.minus(y).value()).isEqualByComparingTo(a.subtract(b));
        }
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a.compareTo(b));
        assertThat(x.isLessThan(y)).isEqualTo(a.compareTo(b) < 0);
    }

    @Property(tries = 200)
    void moreThanTwoSignificantDecimalsAreRefusedNotRounded(@ForAll("overPrecise") BigDecimal v) {
        assertThatThrownBy(() -> Money.of(v.toPlainString())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2 decimals");
    }

    @Property(tries = 200)
    void negativeAndTooLargeAmountsAreRefused(@ForAll("amounts") BigDecimal v) {
        if (v.signum() > 0) {
            assertThatThrownBy(() -> new Money(v.negate())).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> new Money(LARGEST.add(v).add(new BigDecimal("0.01"))))
                .isInstanceOf(InvalidValueException.class);
    }
}
