package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.UpiBeneficiary;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store behind {@link LoadOrderPort} and {@link SaveOrderPort} must do. */
abstract class OrderStoreContract<S extends LoadOrderPort & SaveOrderPort> {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");

    protected S store;

    /** A new, empty store in which the merchants {@link #ALPHA} and {@link #BETA} exist. */
    protected abstract S newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    void createdOrderWithBothBeneficiaryTypesRoundTripsExactly() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));

        assertThat(store.insertNewOrder(order, "fp-1")).isTrue();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(order);
    }

    @Test
    void orderWithAttemptsAndEveryOptionalFieldRoundTripsExactly() {
        Order order = TestOrders.withAttempts("m-alpha", "order-1", "ref-a");

        assertThat(store.insertNewOrder(order, "fp-1")).isTrue();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(order);
    }

    @Test
    void fulfillmentsComeBackInTheirOrderBeyondNine() {
        List<NewFulfillment> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> new NewFulfillment(Money.of("1.00"),
                new UpiBeneficiary("Payee " + i, "payee" + i + "@upi", null), null, null, AdditionalInfo.NONE)).toList();
        Order order = TestOrders.accepted(new CreateOrderCommand(ALPHA, new MerchantOrderId("order-12"),
                OrderType.FULFILL_ONLY, Money.of("12.00"), new Customer(new CustomerId("c"), null, null), Udfs.NONE,
                twelve));

        store.insertNewOrder(order, "fp-12");

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-12"))).contains(order);
    }

    @Test
    void payAndFulfillOrderWrittenWithItsPaymentRoundTripsExactly() {
        Order order = TestPayments.payAndFulfill(SampleOrders.twoFulfillments("m-alpha", "order-1"), TestOrders.NOW);

        assertThat(store.insertNewOrder(order, "fp-1", null, TestPayments.open(order, "po-1", TestOrders.NOW),
                TestOrders.NOW)).isTrue();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(order);
        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-1"))).contains("fp-1");
    }

    @Test
    void orderWrittenWithoutAPaymentByTheFullCreateRoundTripsExactly() {
        Order order = TestOrders.withAttempts("m-alpha", "order-1", "ref-a");

        assertThat(store.insertNewOrder(order, "fp-1", RetryPolicy.DEFAULT, null, null)).isTrue();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(order);
    }

    @Test
    void duplicateOrderIdOfAPayAndFulfillOrderIsNotWritten() {
        Order first = TestPayments.payAndFulfill(SampleOrders.twoFulfillments("m-alpha", "order-1"), TestOrders.NOW);
        Order second = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"), TestOrders.NOW);
        store.insertNewOrder(first, "fp-first", null, TestPayments.open(first, "po-first", TestOrders.NOW),
                TestOrders.NOW);

        assertThat(store.insertNewOrder(second, "fp-second", null,
                TestPayments.open(second, "po-second", TestOrders.NOW), TestOrders.NOW)).isFalse();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(first);
        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-1"))).contains("fp-first");
    }

    @Test
    void sameOrderIdOfAnotherMerchantIsAnotherOrder() {
        Order alphas = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        Order betas = TestOrders.accepted(SampleOrders.oneUpi("m-beta", "order-1", "5.00"));

        assertThat(store.insertNewOrder(alphas, "fp-a")).isTrue();
        assertThat(store.insertNewOrder(betas, "fp-b")).isTrue();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(alphas);
        assertThat(store.findOrder(BETA, new MerchantOrderId("order-1"))).contains(betas);
        assertThat(store.findCreateFingerprint(BETA, new MerchantOrderId("order-1"))).contains("fp-b");
    }

    @Test
    void duplicateOrderIdOfSameMerchantIsNotWritten() {
        Order first = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        Order second = TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"));
        store.insertNewOrder(first, "fp-first");

        assertThat(store.insertNewOrder(second, "fp-second")).isFalse();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-1"))).contains(first);
        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-1"))).contains("fp-first");
    }

    @Test
    void createFingerprintIsFoundOnlyForStoredOrders() {
        store.insertNewOrder(TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-1", "5.00")), "fp-1");

        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-1"))).contains("fp-1");
        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-2"))).isEmpty();
        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-2"))).isEmpty();
    }

    @Test
    void anotherMerchantCannotFindTheOrder() {
        store.insertNewOrder(TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1")), "fp-1");

        assertThat(store.findOrder(BETA, new MerchantOrderId("order-1"))).isEmpty();
        assertThat(store.findCreateFingerprint(BETA, new MerchantOrderId("order-1"))).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneOrderWriteExactlyOne() throws Exception {
        List<Order> orders = IntStream.range(0, 20)
                .mapToObj(i -> TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-race"))).toList();

        List<Boolean> written = Race.run(orders.size(), i -> () -> store.insertNewOrder(orders.get(i), "fp-" + i));

        assertThat(written).containsOnlyOnce(true).hasSize(20);
        int winner = written.indexOf(true);
        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-race"))).contains(orders.get(winner));
        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-race"))).contains("fp-" + winner);
    }
}
