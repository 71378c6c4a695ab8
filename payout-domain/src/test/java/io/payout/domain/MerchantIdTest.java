package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MerchantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"m", "acme", "acme.shop_in-1", "0123456789012345678901234567890123456789012345678901234567890123"})
    void oneToSixtyFourLettersDigitsDotsUnderscoresAndHyphensAreAccepted(String value) {
        assertThat(new MerchantId(value)).hasToString(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"acme shop", "acme@shop", "acme/shop", " acme",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void otherShapesAreRefused(String value) {
        refusedValue(() -> new MerchantId(value));
    }
}
