package io.payout.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.StatusEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake keeps the engine's work port contract: due work, claims with leases, versioned saves, numbered events. */
class InMemoryOrderStoreWorkTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final Duration LEASE = Duration.ofSeconds(60);
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private int orders;

    private Order insert(Instant at) {
        orders++;
        var command = SampleOrders.twoFulfillments("acme", "ord-" + orders);
        Order order = Order.acceptFulfillOnly(new OrderId(String.format("%030x", orders)), command.merchantId(),
                command.merchantOrderId(), command.amount(), command.customer(), command.udfs(), command.fulfillments(),
                at);
        assertThat(store.insertNewOrder(order, "fp", null)).isTrue();
        return order;
    }

    private List<OrderWork> claim(String owner, Instant now) {
        return store.claimDueOrders(owner, now, now.plus(LEASE), 10);
    }

    @Test
    void everyFulfillmentOfANewOrderIsDueAtItsCreation() {
        Order order = insert(T0);

        OrderWork work = store.work(ACME, order.id()).orElseThrow();

        assertThat(work.work()).containsOnly(
                Map.entry(order.fulfillments().get(0).id(), NextWork.at(T0)),
                Map.entry(order.fulfillments().get(1).id(), NextWork.at(T0)));
        assertThat(claim("a", T0.minusMillis(1))).isEmpty();
        assertThat(claim("a", T0)).extracting(w -> w.order().id()).containsExactly(order.id());
    }

    @Test
    void retryPolicyIsStoredWithTheOrder() {
        Order order = insert(T0);
        var command = SampleOrders.oneUpi("acme", "ord-x", "5.00");
        Order own = Order.acceptFulfillOnly(new OrderId("abcdefabcdefabcdefabcdefabcdef"), ACME,
                command.merchantOrderId(), command.amount(), command.customer(), command.udfs(), command.fulfillments(),
                T0);
        store.insertNewOrder(own, "fp", RetryPolicy.DEFAULT);

        assertThat(store.retryPolicy(ACME, order.id())).isEmpty();
        assertThat(store.retryPolicy(ACME, own.id())).contains(RetryPolicy.DEFAULT);
        assertThat(claim("a", T0)).filteredOn(w -> w.order().id().equals(own.id()))
                .singleElement().satisfies(w -> assertThat(w.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT));
    }

    @Test
    void claimLeasesTheOrderWithANewVersionUntilTheLeaseRunsOut() {
        Order order = insert(T0);
        long before = store.work(ACME, order.id()).orElseThrow().version();

        OrderWork claimed = claim("a", T0).get(0);

        assertThat(claimed.version()).isEqualTo(before + 1);
        assertThat(store.lease(ACME, order.id())).contains(new Lease("a", T0.plus(LEASE)));
        assertThat(claim("b", T0.plus(LEASE).minusMillis(1))).isEmpty();
        assertThat(claim("b", T0.plus(LEASE))).extracting(OrderWork::version).containsExactly(before + 2);
    }

    @Test
    void claimTakesAtMostTheLimitEarliestDueFirst() {
        Order late = insert(T0.plusSeconds(5));
        Order early = insert(T0);
        insert(T0.plusSeconds(9));

        List<OrderWork> claimed = store.claimDueOrders("a", T0.plusSeconds(10), T0.plusSeconds(70), 2);

        assertThat(claimed).extracting(w -> w.order().id()).containsExactly(early.id(), late.id());
    }

    @Test
    void saveWritesTheOrderWorkLeaseAndNumberedEventsAndBumpsTheVersion() {
        Order order = insert(T0);
        OrderWork claimed = claim("a", T0).get(0);
        Order scheduled = order.withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, T0);
        FulfillmentId f1 = order.fulfillments().get(0).id();
        Map<FulfillmentId, NextWork> work = new HashMap<>(claimed.work());
        work.put(f1, NextWork.NONE);
        StatusEvent e1 = new StatusEvent(EventLabel.ORDER, order.id().value(), "FULFILLMENTS_SCHEDULED", T0);
        StatusEvent e2 = new StatusEvent(EventLabel.FULFILLMENT_ORDER, f1.value(), "PENDING", T0);

        long v1 = store.saveProgress(claimed, scheduled, List.of(e1, e2), List.of(), work, new Lease("a", T0.plusSeconds(90)));
        OrderWork after = store.work(ACME, order.id()).orElseThrow();
        long v2 = store.saveProgress(after, scheduled, List.of(e1), List.of(), after.work(), Lease.RELEASE);

        assertThat(v1).isEqualTo(claimed.version() + 1);
        assertThat(v2).isEqualTo(v1 + 1);
        assertThat(after.order()).isEqualTo(scheduled);
        assertThat(after.workOf(f1)).isEqualTo(NextWork.NONE);
        assertThat(store.findOrder(ACME, new MerchantOrderId("ord-1"))).contains(scheduled);
        assertThat(store.lease(ACME, order.id())).contains(Lease.RELEASE);
        assertThat(store.numberedEvents(ACME, order.id())).extracting(InMemoryOrderStore.NumberedEvent::seq)
                .containsExactly(1L, 2L, 3L);
        assertThat(store.events(ACME, order.id())).containsExactly(e1, e2, e1);
    }

    @Test
    void staleSaveWritesNothing() {
        Order order = insert(T0);
        OrderWork first = claim("a", T0).get(0);
        OrderWork second = claim("b", T0.plus(LEASE)).get(0);
        Order failed = order.withFulfillment(order.fulfillments().get(0).withStatus(FulfillmentStatus.FAILURE, T0), T0);

        long result = store.saveProgress(first, failed, List.of(new StatusEvent(EventLabel.ORDER, order.id().value(), "X", T0)), List.of(), Map.of(),
                Lease.RELEASE);

        assertThat(result).isEqualTo(-1);
        OrderWork now = store.work(ACME, order.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(second.version());
        assertThat(now.order()).isEqualTo(order);
        assertThat(now.work()).isEqualTo(second.work());
        assertThat(store.lease(ACME, order.id())).contains(new Lease("b", T0.plus(LEASE).plus(LEASE)));
        assertThat(store.events(ACME, order.id())).isEmpty();
    }

    @Test
    void fulfillmentIsFoundOnlyByItsMerchant() {
        Order order = insert(T0);
        FulfillmentId f2 = order.fulfillments().get(1).id();

        assertThat(store.findByFulfillment(ACME, f2)).hasValueSatisfying(w -> {
            assertThat(w.order()).isEqualTo(order);
            assertThat(w.version()).isEqualTo(store.work(ACME, order.id()).orElseThrow().version());
        });
        assertThat(store.findByFulfillment(new MerchantId("other"), f2)).isEmpty();
        assertThat(store.findByFulfillment(ACME, order.id().fulfillment(3))).isEmpty();
        assertThat(store.events(new MerchantId("other"), order.id())).isEmpty();
    }

    @Test
    void concurrentClaimsNeverShareAnOrder() throws Exception {
        for (int i = 0; i < 50; i++) {
            insert(T0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<OrderWork>>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String owner = "i" + i;
            claims.add(pool.submit(() -> {
                start.await();
                List<OrderWork> mine = new ArrayList<>();
                List<OrderWork> batch;
                while (!(batch = store.claimDueOrders(owner, T0, T0.plus(LEASE), 3)).isEmpty()) {
                    mine.addAll(batch);
                }
                return mine;
            }));
        }
        start.countDown();
        List<OrderId> claimed = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<OrderWork>> f : claims) {
            f.get(10, TimeUnit.SECONDS).forEach(w -> claimed.add(w.order().id()));
        }
        pool.shutdownNow();

        assertThat(claimed).hasSize(50).doesNotHaveDuplicates();
    }
}
