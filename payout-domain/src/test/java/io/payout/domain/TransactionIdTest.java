package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionIdTest {
    private static final String FULFILLMENT = "95eb968ccdd4f2d9ef31c3e972ca40-f2";

    @ParameterizedTest
    @ValueSource(strings = {FULFILLMENT + "-t1", FULFILLMENT + "-t12", FULFILLMENT + "-t9999"})
    void fulfillmentIdDashTAndANumberIsAccepted(String value) {
        assertThat(new TransactionId(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {FULFILLMENT, FULFILLMENT + "-t0", FULFILLMENT + "-t", FULFILLMENT + "-T1",
            FULFILLMENT + "-t10000", "95eb968ccdd4f2d9ef31c3e972ca40-t1", ""})
    void otherShapesAreRefused(String value) {
        refusedValue(() -> new TransactionId(value));
    }
}
