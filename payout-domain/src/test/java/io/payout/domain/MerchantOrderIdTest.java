package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MerchantOrderIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"ord1", "6lQuvBOixfADPpmD", "order_2024-01@shop", "@@@@", "A-_@"})
    void lettersDigitsUnderscoreHyphenAndAtAreAccepted(String value) {
        assertThat(new MerchantOrderId(value).value()).isEqualTo(value);
    }

    @Test
    void fourAndSixtyFourCharactersAreTheBounds() {
        assertThat(new MerchantOrderId("abcd").value()).hasSize(4);
        assertThat(new MerchantOrderId("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void threeCharactersAreTooFew() {
        refusedValue(() -> new MerchantOrderId("abc"));
    }

    @Test
    void sixtyFiveCharactersAreTooMany() {
        refusedValue(() -> new MerchantOrderId("a".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"order 1", "order.1", "order/1", "order#1", "ordér1", "order1\n", "ｏｒｄｅｒ1"})
    void otherCharactersAreRefused(String value) {
        refusedValue(() -> new MerchantOrderId(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingValueIsRefusedAsRequired(String value) {
        assertThat(refusedValue(() -> new MerchantOrderId(value))).hasMessage("is required");
    }

    @Test
    void printsAsItsValue() {
        assertThat(new MerchantOrderId("ord-1")).hasToString("ord-1");
    }
}
