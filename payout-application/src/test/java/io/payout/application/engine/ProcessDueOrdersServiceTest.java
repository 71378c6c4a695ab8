package io.payout.application.engine;

import static io.payout.application.engine.EngineHarness.bank;
import static io.payout.application.engine.EngineHarness.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.GatewayResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessDueOrdersServiceTest {
    private final EngineHarness engine = new EngineHarness();

    @AfterEach
    void checkInvariantsAndClose() throws InterruptedException {
        PayoutInvariants.check(engine);
        engine.close();
    }

    /** The scripted gateway, where each initiation waits until {@code parties} are in flight at once. */
    private PayoutGatewayPort meetingIn(int parties) {
        CyclicBarrier barrier = new CyclicBarrier(parties);
        return new PayoutGatewayPort() {
            @Override
            public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return GatewayResult.Unknown.because("never met the others: " + e);
                }
                return engine.gateway.initiate(fulfillment, transaction);
            }

            @Override
            public GatewayResult inquire(Transaction transaction) {
                return engine.gateway.inquire(transaction);
            }
        };
    }

    @Test
    void nothingDueClaimsNothing() {
        assertThat(engine.run()).isZero();
        assertThat(engine.gateway.calls()).isEmpty();
    }

    @Test
    void batchIsSteppedInParallelAndTheClaimedCountReturned() {
        engine.batchSize = 3;
        engine.gatewayPort = meetingIn(3);
        List<Order> orders = IntStream.range(0, 5).mapToObj(i -> engine.newOrder(bank("7.00"))).toList();
        ProcessDueOrdersService service = engine.service("engine-1", 3);

        assertThat(service.processDueOrders()).isEqualTo(3);
        assertThat(engine.gateway.calls()).hasSize(3);
        engine.gatewayPort = meetingIn(2);
        assertThat(engine.service("engine-1", 3).processDueOrders()).isEqualTo(2);
        assertThat(engine.service("engine-1", 3).processDueOrders()).isZero();

        assertThat(orders).allSatisfy(o ->
                assertThat(engine.stored(o).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL));
        assertThat(engine.gateway.calls()).hasSize(5);
    }

    @Test
    void serviceWaitsForEveryStepOfItsBatchBeforeReturning() {
        List<Order> orders = IntStream.range(0, 4).mapToObj(i -> engine.newOrder(bank("7.00"))).toList();

        int claimed = engine.service("engine-1", 2).processDueOrders();

        assertThat(claimed).isEqualTo(4);
        assertThat(orders).allSatisfy(o ->
                assertThat(engine.stored(o).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL));
    }

    @Test
    void earliestDueOrdersAreClaimedFirst() {
        engine.batchSize = 1;
        Order first = engine.newOrder(bank("7.00"));
        engine.clock.advance(Duration.ofSeconds(1));
        Order second = engine.newOrder(bank("7.00"));

        engine.run();

        assertThat(engine.gateway.calls()).extracting(c -> c.reference()).containsExactly(ref(first, 1, 1));
        assertThat(engine.stored(second).status()).isEqualTo(OrderStatus.READY_FOR_FULFILLMENT);
    }

    @Test
    void instancesRacingOverTheSameOrdersPayEachOnce() throws Exception {
        engine.batchSize = 4;
        List<Order> orders = IntStream.range(0, 40).mapToObj(i -> engine.newOrder(bank("7.00"))).toList();
        ExecutorService instances = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (String id : List.of("engine-A", "engine-B", "engine-C")) {
            ProcessDueOrdersService service = engine.service(id, 2);
            running.add(instances.submit(() -> {
                start.await();
                while (service.processDueOrders() > 0) {
                    Thread.onSpinWait();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(30, TimeUnit.SECONDS);
        }
        instances.shutdownNow();
        engine.service("engine-D").processDueOrders();

        Set<Object> refs = ConcurrentHashMap.newKeySet();
        for (Order o : orders) {
            assertThat(engine.stored(o).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
            assertThat(engine.gateway.initiations(ref(o, 1, 1))).isEqualTo(1);
            refs.add(ref(o, 1, 1));
        }
        assertThat(engine.gateway.calls()).hasSize(40);
        assertThat(refs).hasSize(40);
    }
}
