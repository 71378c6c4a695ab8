package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {
    private static final String ID = "12d83c7fbc041c2b1290106e6d963f";

    @Test
    void randomIdIsThirtyLowercaseHexCharacters() {
        assertThat(OrderId.random().value()).matches("[0-9a-f]{30}");
    }

    @Test
    void randomIdsAreDistinct() {
        Set<OrderId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(OrderId.random());
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void juspayShapedIdIsAccepted() {
        assertThat(new OrderId(ID)).hasToString(ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12d83c7fbc041c2b1290106e6d963", "12d83c7fbc041c2b1290106e6d963fa",
            "12D83C7FBC041C2B1290106E6D963F", "12d83c7fbc041c2b1290106e6d963g", ""})
    void otherShapesAreRefused(String value) {
        refusedValue(() -> new OrderId(value));
    }

    @Test
    void fulfillmentIdsAreNumberedFromOne() {
        OrderId id = new OrderId(ID);

        assertThat(id.fulfillment(1)).isEqualTo(new FulfillmentId(ID + "-f1"));
        assertThat(id.fulfillment(2).value()).isEqualTo(ID + "-f2");
        assertThat(id.fulfillment(100).value()).isEqualTo(ID + "-f100");
    }

    @Test
    void fulfillmentNumberZeroIsRefused() {
        refusedValue(() -> new OrderId(ID).fulfillment(0));
    }
}
