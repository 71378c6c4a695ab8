package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class OrderTest {
    private static final OrderId ID = new OrderId("12d83c7fbc041c2b1290106e6d963f");
    private static final MerchantId MERCHANT = new MerchantId("acme");
    private static final MerchantOrderId ORDER_ID = new MerchantOrderId("ord-1");
    private static final Customer CUSTOMER = new Customer(new CustomerId("cust-1"), null, null);
    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");

    private static NewFulfillment upi(String amount) {
        return new NewFulfillment(Money.of(amount), new UpiBeneficiary("Ravi K", "success@upi", null), null, null, null);
    }

    private static Order accept(String amount, List<NewFulfillment> fulfillments) {
        return Order.acceptFulfillOnly(ID, MERCHANT, ORDER_ID, Money.of(amount), CUSTOMER, Udfs.NONE, fulfillments,
                NOW);
    }

    @Test
    void acceptedOrderIsReadyForFulfillment() {
        Udfs udfs = new Udfs("u1", null, null, null, null);
        Order order = Order.acceptFulfillOnly(ID, MERCHANT, ORDER_ID, Money.of("10.50"), CUSTOMER, udfs,
                List.of(upi("7"), upi("3.50")), NOW);

        assertThat(order.id()).isEqualTo(ID);
        assertThat(order.merchantId()).isEqualTo(MERCHANT);
        assertThat(order.merchantOrderId()).isEqualTo(ORDER_ID);
        assertThat(order.type()).isEqualTo(OrderType.FULFILL_ONLY);
        assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_FULFILLMENT);
        assertThat(order.amount()).isEqualTo(Money.of("10.50"));
        assertThat(order.customer()).isEqualTo(CUSTOMER);
        assertThat(order.udfs()).isEqualTo(udfs);
        assertThat(order.createdAt()).isEqualTo(NOW);
        assertThat(order.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void fulfillmentsAreCreatedInOrderWithNumberedIds() {
        Order order = accept("10.50", List.of(upi("7"), upi("3.50")));

        assertThat(order.fulfillments()).extracting(f -> f.id().value())
                .containsExactly(ID.value() + "-f1", ID.value() + "-f2");
        assertThat(order.fulfillments()).extracting(Fulfillment::amount)
                .containsExactly(Money.of("7"), Money.of("3.50"));
        assertThat(order.fulfillments()).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FulfillmentStatus.CREATED);
            assertThat(f.id().orderId()).isEqualTo(ID);
            assertThat(f.createdAt()).isEqualTo(NOW);
            assertThat(f.updatedAt()).isEqualTo(NOW);
            assertThat(f.statusUpdatedAt()).isEqualTo(NOW);
            assertThat(f.transactions()).isEmpty();
            assertThat(f.fulfillmentMethods()).isEmpty();
        });
    }

    @Test
    void fulfillmentKeepsWhatWasAskedFor() {
        MethodId imps = new MethodId("DUMMY_IMPS");
        Udfs udfs = new Udfs(null, "f2", null, null, null);
        AdditionalInfo info = new AdditionalInfo("salary", "TR1", null, 25, false, null);
        BankAccountBeneficiary bene = new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");
        NewFulfillment asked = new NewFulfillment(Money.of("5"), bene, List.of(imps), udfs, info);

        Fulfillment f = accept("5", List.of(asked)).fulfillments().get(0);

        assertThat(f.beneficiary()).isEqualTo(bene);
        assertThat(f.preferredMethods()).containsExactly(imps);
        assertThat(f.udfs()).isEqualTo(udfs);
        assertThat(f.additionalInfo()).isEqualTo(info);
    }

    @Test
    void fulfillmentsOfTheAcceptedOrderCannotBeChanged() {
        List<NewFulfillment> asked = new ArrayList<>(List.of(upi("1")));
        Order order = accept("1", asked);
        asked.add(upi("2"));

        assertThat(order.fulfillments()).hasSize(1);
        assertThatThrownBy(() -> order.fulfillments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsAFulfillmentById() {
        Order order = accept("10.50", List.of(upi("7"), upi("3.50")));

        assertThat(order.fulfillment(ID.fulfillment(2)).amount()).isEqualTo(Money.of("3.50"));
        assertThatThrownBy(() -> order.fulfillment(ID.fulfillment(3))).isInstanceOf(DomainException.class);
    }

    @Test
    void noFulfillmentsAreRefused() {
        refusedOn("fulfillments", () -> accept("1", List.of()));
    }

    @Test
    void aHundredFulfillmentsAreAccepted() {
        assertThat(accept("100", Collections.nCopies(100, upi("1"))).fulfillments()).hasSize(100)
                .last().extracting(f -> f.id().value()).isEqualTo(ID.value() + "-f100");
    }

    @Test
    void moreThanAHundredFulfillmentsAreRefused() {
        refusedOn("fulfillments", () -> accept("101", Collections.nCopies(101, upi("1"))));
    }

    @Test
    void fulfillmentOfOneRupeeIsAccepted() {
        assertThat(accept("1.00", List.of(upi("1"))).amount()).isEqualTo(Money.of("1"));
    }

    @Test
    void fulfillmentBelowOneRupeeIsRefusedOnItsAmount() {
        InvalidInputException e = refusedOn("fulfillments[1].amount",
                () -> accept("5.99", List.of(upi("5"), upi("0.99"))));

        assertThat(e.reason()).contains("1.00");
    }

    @Test
    void amountsThatDoNotAddUpAreRefusedOnAmount() {
        InvalidInputException e = refusedOn("amount", () -> accept("10.00", List.of(upi("7"), upi("3.01"))));

        assertThat(e.reason()).contains("10.00").contains("10.01");
    }

    @Test
    void amountsAddUpRegardlessOfScale() {
        assertThat(accept("10.5", List.of(upi("7.00"), upi("3.5"))).amount()).isEqualTo(Money.of("10.50"));
    }

    @Test
    void fulfillmentsAddingUpBeyondTheLargestAmountAreRefusedOnAmount() {
        String largest = "9999999999999999.99";

        refusedOn("amount", () -> accept(largest, List.of(upi(largest), upi("1"))));
    }
}
