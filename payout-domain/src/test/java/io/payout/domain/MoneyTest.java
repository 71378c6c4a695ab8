package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void wholeAmountIsKeptWithTwoDecimals() {
        Money ten = Money.of("10");

        assertThat(ten.value().scale()).isEqualTo(2);
        assertThat(ten).hasToString("10.00");
    }

    @Test
    void amountsThatDifferOnlyInScaleAreEqual() {
        assertThat(Money.of("10")).isEqualTo(Money.of("10.00")).isEqualTo(Money.of("10.0"))
                .hasSameHashCodeAs(Money.of("10.00"));
        assertThat(Money.of("10").compareTo(Money.of("10.00"))).isZero();
        assertThat(new Money(new BigDecimal("2.5"))).isEqualTo(Money.of("2.50"));
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreAccepted() {
        assertThat(Money.of("3.800")).isEqualTo(Money.of("3.80"));
    }

    @Test
    void zeroIsAnAmount() {
        assertThat(Money.ZERO).isEqualTo(Money.of("0.00"));
        assertThat(Money.of("-0.00")).isEqualTo(Money.ZERO);
    }

    @Test
    void negativeAmountIsRefused() {
        assertThat(refusedValue(() -> Money.of("-0.01"))).hasMessageContaining("negative");
    }

    @Test
    void amountWithThreeDecimalsIsRefused() {
        assertThat(refusedValue(() -> Money.of("1.005"))).hasMessageContaining("2 decimals");
    }

    @Test
    void largestAmountIsAccepted() {
        assertThat(Money.of("9999999999999999.99")).hasToString("9999999999999999.99");
    }

    @Test
    void amountAboveTheLargestIsRefused() {
        assertThat(refusedValue(() -> Money.of("10000000000000000.00"))).hasMessageContaining("too large");
        assertThat(refusedValue(() -> Money.of("1e20"))).hasMessageContaining("too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10000000", "1e-10000000"})
    void amountWithAHugeExponentIsRefusedQuickly(String amount) {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refusedValue(() -> Money.of(amount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", " 10", "10 ", "1,000", "10rs", "NaN", "Infinity", "0x10"})
    void textThatIsNotADecimalNumberIsRefused(String amount) {
        assertThat(refusedValue(() -> Money.of(amount))).hasMessageContaining("decimal number");
    }

    @Test
    void nullValueIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> new Money(null));
    }

    @Test
    void plusAddsExactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("7").plus(Money.of("3.5"))).hasToString("10.50");
    }

    @Test
    void plusBeyondTheLargestAmountIsRefused() {
        Money largest = Money.of("9999999999999999.99");

        refusedValue(() -> largest.plus(Money.of("0.01")));
    }

    @Test
    void comparisonsIgnoreScale() {
        assertThat(Money.of("1").isLessThan(Money.of("1.01"))).isTrue();
        assertThat(Money.of("1.00").isLessThan(Money.of("1"))).isFalse();
        assertThat(Money.of("1.00").isGreaterThan(Money.of("1"))).isFalse();
        assertThat(Money.of("2").isGreaterThan(Money.of("1.99"))).isTrue();
    }
}
