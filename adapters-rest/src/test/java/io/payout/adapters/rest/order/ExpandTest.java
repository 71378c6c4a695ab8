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
    void paymentAndRefundAreEachAskedForOnTheirOwn() {
        assertThat(Expand.parse(List.of("payment"))).isEqualTo(new Expand(false, true, false));
        assertThat(Expand.parse(List.of("refund"))).isEqualTo(new Expand(false, false, true));
        assertThat(Expand.parse(List.of("Refund, PAYMENT", "fulfillment"))).isEqualTo(new Expand(true, true, true));
        assertThat(Expand.parse(null)).isEqualTo(new Expand(false, false, false));
    }

    @Test
    void anUnknownValueIsRefusedNamingExpand() {
        assertThatThrownBy(() -> Expand.parse(List.of("fulfillment,transactions")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expand"));
    }
}
