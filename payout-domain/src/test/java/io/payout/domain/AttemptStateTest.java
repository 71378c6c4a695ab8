package io.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state-changing methods the engine uses on orders, fulfillments, transactions and gateway responses. */
class AttemptStateTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private static final MethodId NEFT = new MethodId("DUMMY_NEFT");

    private final Order order = Order.acceptFulfillOnly(new OrderId("0123456789abcdef0123456789abcd"),
            new MerchantId("acme"), new MerchantOrderId("ord-1"), Money.of("10.00"),
            new Customer(new CustomerId("c-1"), null, null), Udfs.NONE,
            List.of(upi("7.00"), upi("3.00")), T0);
    private final Fulfillment f1 = order.fulfillments().get(0);

    private static NewFulfillment upi(String amount) {
        return new NewFulfillment(Money.of(amount), new UpiBeneficiary("Ravi K", "success@upi", null), null, null, null);
    }

    private Transaction txn(int n) {
        return Transaction.created(f1.id().transaction(n), IMPS, f1.amount(), T0);
    }

    @Test
    void createdTransactionTakesItsReferenceFromItsId() {
        Transaction t = txn(1);

        assertThat(t.transactionRef().value()).isEqualTo("0123456789abcdef0123456789abcdf1t1");
        assertThat(t.status()).isEqualTo(TransactionStatus.CREATED);
        assertThat(t.gatewayResponse()).isEqualTo(GatewayResponse.NONE);
        assertThat(t.createdAt()).isEqualTo(T0);
        assertThat(t.updatedAt()).isEqualTo(T0);
    }

    @Test
    void transactionIsOpenUntilTheGatewaysFinalWordAndPaidOnlyOnSuccessOrConflict() {
        Set<TransactionStatus> open = EnumSet.of(TransactionStatus.CREATED, TransactionStatus.INITIATED,
                TransactionStatus.PENDING, TransactionStatus.MANUAL_REVIEW);
        Set<TransactionStatus> paid = EnumSet.of(TransactionStatus.SUCCESS, TransactionStatus.CONFLICTED);
        Set<TransactionStatus> settled = EnumSet.of(TransactionStatus.SUCCESS, TransactionStatus.FAILURE);

        for (TransactionStatus s : TransactionStatus.values()) {
            Transaction t = txn(1).with(s, null, T1);
            assertThat(t.isOpen()).as("open %s", s).isEqualTo(open.contains(s));
            assertThat(t.isPaid()).as("paid %s", s).isEqualTo(paid.contains(s));
            assertThat(t.isSettled()).as("settled (watched) %s", s).isEqualTo(settled.contains(s));
        }
    }

    @Test
    void transactionWithoutAResponseKeepsWhatTheGatewaySaidBefore() {
        Transaction t = txn(1).with(TransactionStatus.PENDING, new GatewayResponse("gw-9", null, null, null, "{}"), T1);

        Transaction later = t.with(TransactionStatus.SUCCESS, null, T1.plusSeconds(1));

        assertThat(later.gatewayResponse()).isEqualTo(t.gatewayResponse());
        assertThat(later.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(later.updatedAt()).isEqualTo(T1.plusSeconds(1));
        assertThat(later.createdAt()).isEqualTo(T0);
    }

    @Test
    void laterResponseFillsInFieldsAndNeverForgetsTheGatewayReference() {
        GatewayResponse first = new GatewayResponse("gw-9", null, null, null, "{\"a\":1}");

        GatewayResponse merged = first.updatedBy(new GatewayResponse(null, "E1", "failed", "GATEWAY", null));

        assertThat(merged).isEqualTo(new GatewayResponse("gw-9", "E1", "failed", "GATEWAY", "{\"a\":1}"));
        assertThat(merged.updatedBy(new GatewayResponse("gw-10", null, null, null, "{}")).gatewayRefId())
                .isEqualTo("gw-10");
    }

    @Test
    void aDefinitiveAnswerReplacesTheDescriptionOfAnEarlierLostOne() {
        GatewayResponse lost = new GatewayResponse(null, null, null, "timeout", null);

        GatewayResponse settled = lost.updatedBy(new GatewayResponse("utr-1", null, null, null, "{\"status\":\"SUCCESS\"}"));

        assertThat(settled).isEqualTo(new GatewayResponse("utr-1", null, null, null, "{\"status\":\"SUCCESS\"}"));
    }

    @Test
    void latestTransactionIsTheLastAdded() {
        assertThat(f1.latestTransaction()).isEmpty();

        Fulfillment two = f1.withTransaction(txn(1), T1).withTransaction(txn(2), T1);

        assertThat(two.latestTransaction()).contains(txn(2));
    }

    @Test
    void transactionWithAKnownIdReplacesItInPlace() {
        Fulfillment two = f1.withTransaction(txn(1), T1).withTransaction(txn(2), T1);
        Transaction failed = txn(1).with(TransactionStatus.FAILURE, null, T1);

        Fulfillment updated = two.withTransaction(failed, T1.plusSeconds(1));

        assertThat(updated.transactions()).containsExactly(failed, txn(2));
        assertThat(updated.updatedAt()).isEqualTo(T1.plusSeconds(1));
        assertThat(updated.statusUpdatedAt()).isEqualTo(f1.statusUpdatedAt());
        assertThat(updated.transaction(failed.id())).isEqualTo(failed);
        assertThatThrownBy(() -> updated.transaction(f1.id().transaction(3))).isInstanceOf(DomainException.class);
    }

    @Test
    void fulfillmentStatusChangeStampsTheStatusTimeAndSameStatusIsNoChange() {
        Fulfillment pending = f1.withStatus(FulfillmentStatus.PENDING, T1);

        assertThat(pending.status()).isEqualTo(FulfillmentStatus.PENDING);
        assertThat(pending.statusUpdatedAt()).isEqualTo(T1);
        assertThat(pending.updatedAt()).isEqualTo(T1);
        assertThat(pending.withStatus(FulfillmentStatus.PENDING, T1.plusSeconds(9))).isSameAs(pending);
    }

    @Test
    void fulfillmentMethodsArePlannedWithoutChangingTheStatus() {
        Fulfillment planned = f1.withFulfillmentMethods(List.of(IMPS, NEFT), T1);

        assertThat(planned.fulfillmentMethods()).containsExactly(IMPS, NEFT);
        assertThat(planned.status()).isEqualTo(f1.status());
        assertThat(planned.statusUpdatedAt()).isEqualTo(T0);
        assertThat(planned.updatedAt()).isEqualTo(T1);
    }

    @Test
    void fulfillmentIsTerminalOnlyWhenSucceededFailedOrCancelled() {
        Set<FulfillmentStatus> terminal = EnumSet.of(FulfillmentStatus.SUCCESS, FulfillmentStatus.FAILURE,
                FulfillmentStatus.CANCELLED);

        for (FulfillmentStatus s : FulfillmentStatus.values()) {
            assertThat(f1.withStatus(s, T1).isTerminal()).as(s.name()).isEqualTo(terminal.contains(s));
        }
    }

    @Test
    void orderReplacesOneFulfillmentAndKeepsTheOthers() {
        Fulfillment changed = f1.withStatus(FulfillmentStatus.PENDING, T1);

        Order updated = order.withFulfillment(changed, T1);

        assertThat(updated.fulfillments()).containsExactly(changed, order.fulfillments().get(1));
        assertThat(updated.updatedAt()).isEqualTo(T1);
        assertThat(updated.fulfillment(f1.id())).isEqualTo(changed);
    }

    @Test
    void orderStatusChangeStampsTheOrderAndSameStatusIsNoChange() {
        Order scheduled = order.withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, T1);

        assertThat(scheduled.status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
        assertThat(scheduled.updatedAt()).isEqualTo(T1);
        assertThat(scheduled.withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, T1.plusSeconds(1))).isSameAs(scheduled);
    }
}
