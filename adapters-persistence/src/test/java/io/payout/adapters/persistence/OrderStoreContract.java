package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPosition;
import io.payout.application.order.port.ListOrdersPort;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.UpiBeneficiary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store behind {@link LoadOrderPort}, {@link ListOrdersPort} and {@link SaveOrderPort} must do. */
abstract class OrderStoreContract<S extends LoadOrderPort & ListOrdersPort & SaveOrderPort> {
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
    void aBeneIdFulfillmentIsStoredResolvedWithItsIdAndRoundTripsExactly() {
        NewFulfillment account = new NewFulfillment(Money.of("4.00"), BeneIdBeneficiary.unresolved(
                new BeneId("bene-acct"), null).resolvedTo(new BankAccountBeneficiary(
                "Asha Rao", "026291800001191", "YESB0000262")), List.of(), Udfs.NONE, AdditionalInfo.NONE);
        NewFulfillment vpa = new NewFulfillment(Money.of("1.00"), BeneIdBeneficiary.unresolved(
                new BeneId("bene@vpa"), "ignored once resolved").resolvedTo(
                new UpiBeneficiary("Ravi K", "success@upi", "9876543210")), List.of(), Udfs.NONE, AdditionalInfo.NONE);
        Order order = TestOrders.accepted(new CreateOrderCommand(ALPHA, new MerchantOrderId("order-bene"),
                OrderType.FULFILL_ONLY, Money.of("5.00"), new Customer(new CustomerId("cust-1"), null, null),
                Udfs.NONE, List.of(account, vpa)));

        assertThat(store.insertNewOrder(order, "fp-bene")).isTrue();

        assertThat(store.findOrder(ALPHA, new MerchantOrderId("order-bene"))).contains(order);
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

    // Listing: newest first, filtered, in keyset pages.

    @Test
    void listingIsNewestFirstAndOrdersOfTheSameInstantByOrderIdDescending() {
        Order oldest = listed("ord-1", "c", OrderStatus.READY_FOR_FULFILLMENT, 0);
        List<Order> sameInstant = List.of(listed("ord-2", "c", OrderStatus.READY_FOR_FULFILLMENT, 5),
                listed("ord-3", "c", OrderStatus.READY_FOR_FULFILLMENT, 5),
                listed("ord-4", "c", OrderStatus.READY_FOR_FULFILLMENT, 5));
        Order newest = listed("ord-5", "c", OrderStatus.READY_FOR_FULFILLMENT, 9);
        List<Order> tiesByIdDescending = sameInstant.stream()
                .sorted(Comparator.comparing((Order o) -> o.id().value()).reversed()).toList();

        List<Order> listed = store.listOrders(ALPHA, OrderFilter.ANY, null, 10);

        assertThat(listed).hasSize(5).startsWith(newest).endsWith(oldest);
        assertThat(listed.subList(1, 4)).containsExactlyElementsOf(tiesByIdDescending);
    }

    @Test
    void listedOrdersAreWholeAsFindOrderReturnsThem() {
        Order attempted = TestOrders.withAttempts("m-alpha", "order-1", "ref-a");
        Order twoUntried = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-2"),
                TestOrders.NOW.plusSeconds(1));
        store.insertNewOrder(attempted, "fp-1");
        store.insertNewOrder(twoUntried, "fp-2");

        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, null, 10)).containsExactly(twoUntried, attempted);
    }

    @Test
    void listingFiltersByAnyOfTheGivenStatuses() {
        Order ready = listed("ord-1", "c", OrderStatus.READY_FOR_FULFILLMENT, 1);
        Order failed = listed("ord-2", "c", OrderStatus.FULFILLMENTS_FAILURE, 2);
        Order review = listed("ord-3", "c", OrderStatus.FULFILLMENTS_MANUAL_REVIEW, 3);

        assertThat(store.listOrders(ALPHA, statuses(OrderStatus.FULFILLMENTS_FAILURE), null, 10))
                .containsExactly(failed);
        assertThat(store.listOrders(ALPHA, statuses(OrderStatus.FULFILLMENTS_FAILURE,
                OrderStatus.FULFILLMENTS_MANUAL_REVIEW, OrderStatus.FULFILLMENTS_SUCCESSFUL), null, 10))
                .containsExactly(review, failed);
        assertThat(store.listOrders(ALPHA, statuses(OrderStatus.CREATED), null, 10)).isEmpty();
        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, null, 10)).containsExactly(review, failed, ready);
    }

    @Test
    void listingFiltersByCustomerExactly() {
        Order asha = listed("ord-1", "cust-asha", OrderStatus.READY_FOR_FULFILLMENT, 1);
        listed("ord-2", "cust-ravi", OrderStatus.READY_FOR_FULFILLMENT, 2);
        Order ashaAgain = listed("ord-3", "cust-asha", OrderStatus.FULFILLMENTS_SUCCESSFUL, 3);

        assertThat(store.listOrders(ALPHA, customer("cust-asha"), null, 10)).containsExactly(ashaAgain, asha);
        assertThat(store.listOrders(ALPHA, customer("cust-ash"), null, 10)).isEmpty();
        assertThat(store.listOrders(ALPHA, customer("CUST-ASHA"), null, 10)).isEmpty();
    }

    @Test
    void createdRangeIncludesItsStartAndExcludesItsEnd() {
        listed("ord-0", "c", OrderStatus.READY_FOR_FULFILLMENT, 0);
        Order atStart = listed("ord-1", "c", OrderStatus.READY_FOR_FULFILLMENT, 10);
        Order inside = listed("ord-2", "c", OrderStatus.READY_FOR_FULFILLMENT, 15);
        listed("ord-3", "c", OrderStatus.READY_FOR_FULFILLMENT, 20);

        assertThat(store.listOrders(ALPHA, created(at(10), at(20)), null, 10)).containsExactly(inside, atStart);
        assertThat(store.listOrders(ALPHA, created(at(10), null), null, 10)).hasSize(3);
        assertThat(store.listOrders(ALPHA, created(null, at(10)), null, 10)).hasSize(1);
    }

    @Test
    void createdBoundsFinerThanStoredInstantsKeepTheirMeaning() {
        Order order = listed("ord-1", "c", OrderStatus.READY_FOR_FULFILLMENT, 0);
        Instant aNanoLater = order.createdAt().plusNanos(1);

        assertThat(store.listOrders(ALPHA, created(aNanoLater, null), null, 10)).isEmpty();
        assertThat(store.listOrders(ALPHA, created(null, aNanoLater), null, 10)).containsExactly(order);
    }

    @Test
    void filtersCombine() {
        listed("ord-1", "cust-a", OrderStatus.FULFILLMENTS_FAILURE, 1);
        Order wanted = listed("ord-2", "cust-a", OrderStatus.FULFILLMENTS_FAILURE, 5);
        listed("ord-3", "cust-b", OrderStatus.FULFILLMENTS_FAILURE, 5);
        listed("ord-4", "cust-a", OrderStatus.FULFILLMENTS_SUCCESSFUL, 5);
        listed("ord-5", "cust-a", OrderStatus.FULFILLMENTS_FAILURE, 9);
        OrderFilter filter = new OrderFilter(Set.of(OrderStatus.FULFILLMENTS_FAILURE), new CustomerId("cust-a"),
                at(2), at(9));

        assertThat(store.listOrders(ALPHA, filter, null, 10)).containsExactly(wanted);
    }

    @Test
    void listingReadsAtMostMaxOrders() {
        List<Order> orders = IntStream.range(0, 5)
                .mapToObj(i -> listed("ord-" + i, "c", OrderStatus.READY_FOR_FULFILLMENT, i)).toList();

        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, null, 3))
                .containsExactlyElementsOf(newestFirst(orders).subList(0, 3));
    }

    @Test
    void pagesAfterEachLastPositionWalkEveryOrderExactlyOnceEvenAcrossTies() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            orders.add(listed("ord-" + i, "c", OrderStatus.READY_FOR_FULFILLMENT, i / 3));
        }

        List<List<Order>> pages = walk(OrderFilter.ANY, 2);

        assertThat(pages).hasSize(5);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(newestFirst(orders));
    }

    @Test
    void filteredPagesWalkOnlyTheMatchingOrders() {
        List<Order> failed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            failed.add(listed("fail-" + i, "c", OrderStatus.FULFILLMENTS_FAILURE, i));
            listed("succ-" + i, "c", OrderStatus.FULFILLMENTS_SUCCESSFUL, i);
        }

        List<List<Order>> pages = walk(statuses(OrderStatus.FULFILLMENTS_FAILURE), 3);

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(newestFirst(failed));
    }

    @Test
    void ordersCreatedBetweenPagesNeitherShiftNorRepeatTheFollowingPages() {
        List<Order> before = IntStream.range(0, 6)
                .mapToObj(i -> listed("ord-" + i, "c", OrderStatus.READY_FOR_FULFILLMENT, i)).toList();
        List<Order> first = store.listOrders(ALPHA, OrderFilter.ANY, null, 2);

        listed("new-1", "c", OrderStatus.READY_FOR_FULFILLMENT, 60);
        listed("new-2", "c", OrderStatus.READY_FOR_FULFILLMENT, 61);
        List<Order> second = store.listOrders(ALPHA, OrderFilter.ANY, lastOf(first), 2);
        listed("new-3", "c", OrderStatus.READY_FOR_FULFILLMENT, 62);
        List<Order> third = store.listOrders(ALPHA, OrderFilter.ANY, lastOf(second), 2);

        List<Order> expected = newestFirst(before);
        assertThat(first).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(second).containsExactlyElementsOf(expected.subList(2, 4));
        assertThat(third).containsExactlyElementsOf(expected.subList(4, 6));
        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, lastOf(third), 2)).isEmpty();
        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, null, 3)).extracting(o -> o.merchantOrderId().value())
                .containsExactly("new-3", "new-2", "new-1");
    }

    @Test
    void listingNeverShowsAnotherMerchantsOrdersWhateverThePosition() {
        Order alphas = listed("ord-1", "c", OrderStatus.READY_FOR_FULFILLMENT, 1);
        Order betas = TestOrders.listed("m-beta", "ord-1", "c", OrderStatus.READY_FOR_FULFILLMENT, at(2));
        store.insertNewOrder(betas, "fp-beta");

        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, null, 10)).containsExactly(alphas);
        assertThat(store.listOrders(BETA, OrderFilter.ANY, null, 10)).containsExactly(betas);
        assertThat(store.listOrders(ALPHA, OrderFilter.ANY, OrderPosition.of(betas), 10)).containsExactly(alphas);
        assertThat(store.listOrders(BETA, customer("c"), OrderPosition.of(alphas), 10)).isEmpty();
    }

    /** Stores an order of {@link #ALPHA} created {@code seconds} after {@link TestOrders#NOW}. */
    private Order listed(String orderId, String customerId, OrderStatus status, int seconds) {
        Order order = TestOrders.listed("m-alpha", orderId, customerId, status, at(seconds));
        assertThat(store.insertNewOrder(order, "fp-" + orderId)).isTrue();
        return order;
    }

    private static Instant at(int seconds) {
        return TestOrders.NOW.plus(Duration.ofSeconds(seconds));
    }

    private static List<Order> newestFirst(List<Order> orders) {
        return orders.stream().sorted(Comparator.comparing(OrderPosition::of)).toList();
    }

    private static OrderFilter statuses(OrderStatus... statuses) {
        return new OrderFilter(Set.of(statuses), null, null, null);
    }

    private static OrderFilter customer(String customerId) {
        return new OrderFilter(Set.of(), new CustomerId(customerId), null, null);
    }

    private static OrderFilter created(Instant from, Instant to) {
        return new OrderFilter(Set.of(), null, from, to);
    }

    private static OrderPosition lastOf(List<Order> page) {
        return OrderPosition.of(page.get(page.size() - 1));
    }

    /** Every page of ALPHA's listing, following each page's last position until a page comes back short. */
    private List<List<Order>> walk(OrderFilter filter, int size) {
        List<List<Order>> pages = new ArrayList<>();
        OrderPosition after = null;
        while (true) {
            List<Order> page = store.listOrders(ALPHA, filter, after, size);
            if (page.isEmpty()) {
                return pages;
            }
            pages.add(page);
            if (page.size() < size) {
                return pages;
            }
            after = lastOf(page);
        }
    }
}
