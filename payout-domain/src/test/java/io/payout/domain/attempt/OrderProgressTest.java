package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.IMPS;
import static io.payout.domain.attempt.Fixtures.T0;
import static io.payout.domain.attempt.Fixtures.bank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderProgressTest {
    private static final Instant T1 = T0.plusSeconds(5);
    private final Order order = Fixtures.order(bank("7.00"), bank("3.00"));
    private final FulfillmentId f1 = order.fulfillments().get(0).id();
    private final FulfillmentId f2 = order.fulfillments().get(1).id();

    @Test
    void unchangedStatusesRecordNoEvents() {
        OrderProgress p = new OrderProgress(order, T1);

        p.setOrderStatus(OrderStatus.READY_FOR_FULFILLMENT);
        p.setFulfillmentStatus(f1, FulfillmentStatus.CREATED);

        assertThat(p.events()).isEmpty();
        assertThat(p.order()).isEqualTo(order);
    }

    @Test
    void fulfillmentStatusChangeIsRecordedAndTheOrderFollows() {
        OrderProgress p = new OrderProgress(order.withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, T0), T1);

        p.setFulfillmentStatus(f1, FulfillmentStatus.SUCCESS);
        p.setFulfillmentStatus(f2, FulfillmentStatus.SUCCESS);

        assertThat(p.fulfillment(f1).statusUpdatedAt()).isEqualTo(T1);
        assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(p.order().updatedAt()).isEqualTo(T1);
        assertThat(p.events()).containsExactly(
                new StatusEvent(EventLabel.FULFILLMENT_ORDER, f1.value(), "SUCCESS", T1),
                new StatusEvent(EventLabel.FULFILLMENT_ORDER, f2.value(), "SUCCESS", T1),
                new StatusEvent(EventLabel.ORDER, order.id().value(), "FULFILLMENTS_SUCCESSFUL", T1));
    }

    @Test
    void newTransactionIsRecordedAndAChangeOnlyWhenItsStatusChanges() {
        OrderProgress p = new OrderProgress(order, T1);
        Transaction t = Transaction.created(f1.transaction(1), IMPS, order.fulfillments().get(0).amount(), T1);

        Transaction created = p.putTransaction(f1, t, TransactionStatus.CREATED, null);
        Transaction same = p.putTransaction(f1, created, TransactionStatus.CREATED,
                new GatewayResponse(null, null, null, "timeout", null));
        Transaction pending = p.putTransaction(f1, same, TransactionStatus.PENDING, GatewayResponse.NONE);

        assertThat(p.fulfillment(f1).transactions()).containsExactly(pending);
        assertThat(pending.gatewayResponse().responseDescription()).as("a definitive answer replaces the timeout").isNull();
        assertThat(p.events()).containsExactly(
                new StatusEvent(EventLabel.FULFILLMENT_TXN, t.id().value(), "CREATED", T1),
                new StatusEvent(EventLabel.FULFILLMENT_TXN, t.id().value(), "PENDING", T1));
    }

    @Test
    void eventsAreACopy() {
        OrderProgress p = new OrderProgress(order, T1);
        p.setOrderStatus(OrderStatus.FULFILLMENTS_SCHEDULED);

        assertThatThrownBy(() -> p.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(p.events()).hasSize(1);
    }
}
