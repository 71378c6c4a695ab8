package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionRefTest {

    @ParameterizedTest
    @ValueSource(strings = {"r", "TR_2024-01", "95eb968ccdd4f2d9ef31c3e972ca40-f1-t1",
            "0123456789012345678901234567890123456789012345678901234567890123"})
    void oneToSixtyFourLettersDigitsUnderscoresAndHyphensAreAccepted(String value) {
        assertThat(new TransactionRef(value)).hasToString(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"tr 1", "tr.1", "tr@1", "01234567890123456789012345678901234567890123456789012345678901234"})
    void otherShapesAreRefused(String value) {
        refusedValue(() -> new TransactionRef(value));
    }
}
