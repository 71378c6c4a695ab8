package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FulfillmentIdTest {
    private static final String ORDER = "95eb968ccdd4f2d9ef31c3e972ca40";

    @Test
    void knowsItsOrder() {
        assertThat(new FulfillmentId(ORDER + "-f3").orderId()).isEqualTo(new OrderId(ORDER));
    }

    @Test
    void transactionIdsAddTheAttemptNumber() {
        FulfillmentId id = new FulfillmentId(ORDER + "-f1");

        assertThat(id.transaction(1)).isEqualTo(new TransactionId(ORDER + "-f1-t1"));
        assertThat(id.transaction(2)).hasToString(ORDER + "-f1-t2");
    }

    @Test
    void attemptNumberZeroIsRefused() {
        refusedValue(() -> new FulfillmentId(ORDER + "-f1").transaction(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {ORDER + "-f1", ORDER + "-f10", ORDER + "-f9999"})
    void orderIdDashFAndANumberIsAccepted(String value) {
        assertThat(new FulfillmentId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {ORDER, ORDER + "-f0", ORDER + "-f01", ORDER + "-f", ORDER + "-F1", ORDER + "-f10000",
            ORDER + "-f1-t1", "95eb968ccdd4f2d9ef31c3e972ca4-f1", ""})
    void otherShapesAreRefused(String value) {
        refusedValue(() -> new FulfillmentId(value));
    }
}
