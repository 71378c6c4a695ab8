package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpandTest {
    @Test
    void fulfillmentAnywhereInTheListAddsTransactions() {
        assertThat(Expand.parse(List.of("payment, fulfillment ,refund")).fulfillment()).isTrue();
        assertThat(Expand.parse(List.of("payment", "fulfillment")).fulfillment()).isTrue();
    }

    @Test
    void noExpandOrOnlyPaymentsAndRefundsLeavesTransactionsOut() {
        assertThat(Expand.parse(null).fulfillment()).isFalse();
        assertThat(Expand.parse(List.of("")).fulfillment()).isFalse();
        assertThat(Expand.parse(List.of("payment,refund")).fulfillment()).isFalse();
    }

    @Test
    void anUnknownValueIsRefusedNamingExpand() {
        assertThatThrownBy(() -> Expand.parse(List.of("fulfillment,transactions")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expand"));
    }
}
