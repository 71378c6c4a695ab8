package io.payout.domain.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.Udfs;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.OrderProgress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackEventsTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private final Order order = Order.acceptFulfillOnly(new OrderId("0123456789abcdef0123456789abcd"),
            new MerchantId("acme"), new MerchantOrderId("ord-1"), Money.of("7.00"),
            new Customer(new CustomerId("cust-1"), null, null), Udfs.NONE,
            List.of(new NewFulfillment(Money.of("7.00"), new BankAccountBeneficiary("Asha Rao", "026291800001191",
                    "YESB0000262"), List.of(), Udfs.NONE, AdditionalInfo.NONE)), T0);
    private final FulfillmentId f1 = order.fulfillments().get(0).id();

    @Test
    void aFirstAttemptThatSucceedsAtOnceReportsInitiatedBeforeSuccessForTheTransaction() {
        OrderProgress p = new OrderProgress(order, T0);
        p.setOrderStatus(OrderStatus.FULFILLMENTS_SCHEDULED);
        Transaction t = p.putTransaction(f1, Transaction.created(f1.transaction(1), IMPS, Money.of("7.00"), T0),
                TransactionStatus.CREATED, null);
        p.setFulfillmentStatus(f1, FulfillmentStatus.PENDING);
        Order planned = p.order();
        List<CallbackEvent> first = CallbackEvents.from(order, p.events());

        OrderProgress answered = new OrderProgress(planned, T0.plusSeconds(1));
        answered.putTransaction(f1, t, TransactionStatus.SUCCESS, GatewayResponse.NONE);
        answered.setFulfillmentStatus(f1, FulfillmentStatus.SUCCESS);
        List<CallbackEvent> second = CallbackEvents.from(planned, answered.events());

        assertThat(first).extracting(e -> e.label() + " " + e.value())
                .containsExactly("ORDER FULFILLMENTS_SCHEDULED", "FULFILLMENT_ORDER INITIATED");
        assertThat(second).extracting(e -> e.label() + " " + e.value()).containsExactly(
                "FULFILLMENT_TXN INITIATED", "FULFILLMENT_TXN SUCCESS", "FULFILLMENT_ORDER SUCCESS",
                "ORDER FULFILLMENTS_SUCCESSFUL");
        assertThat(second.get(0).entityId()).isEqualTo(f1.transaction(1).value());
        assertThat(second.get(0).occurredAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aTransactionThatIsInitiatedThenPendingIsReportedInitiatedOnlyOnce() {
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "CREATED", "INITIATED"))
                .containsExactly("INITIATED");
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "INITIATED", "PENDING")).isEmpty();
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "CREATED", "PENDING"))
                .containsExactly("INITIATED");
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "PENDING", "MANUAL_REVIEW"))
                .containsExactly("MANUAL_REVIEW");
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "SUCCESS", "REVERSED"))
                .containsExactly("REVERSED");
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "FAILURE", "CONFLICTED"))
                .containsExactly("CONFLICTED");
    }

    @Test
    void statusesJuspayDoesNotSendAreLeftOut() {
        assertThat(CallbackEvents.valuesFor(EventLabel.ORDER, "CREATED", "READY_FOR_FULFILLMENT")).isEmpty();
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, null, "CREATED")).isEmpty();
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_ORDER, "FAILURE", "PENDING")).isEmpty();
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_ORDER, "PENDING", "CANCELLED"))
                .containsExactly("CANCELLED");
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_ORDER, "CREATED", "CANCELLED"))
                .containsExactly("CANCELLED");
        assertThat(CallbackEvents.valuesFor(EventLabel.ORDER, "FULFILLMENTS_SCHEDULED", "FULFILLED_PARTIALLY"))
                .containsExactly("FULFILLED_PARTIALLY");
    }

    @Test
    void aRetryOnAnotherMethodReportsTheNewTransactionButNotTheFulfillmentAgain() {
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_ORDER, "PENDING", "PENDING")).isEmpty();
        assertThat(CallbackEvents.valuesFor(EventLabel.FULFILLMENT_TXN, "CREATED", "FAILURE"))
                .containsExactly("INITIATED", "FAILURE");
    }
}
