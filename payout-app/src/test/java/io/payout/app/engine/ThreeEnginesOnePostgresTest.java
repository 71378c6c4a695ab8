package io.payout.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.payout.adapters.persistence.PostgresTestDatabase;
import io.payout.app.PayoutApplication;
import io.payout.app.Persistence;
import io.payout.app.config.DatabaseSettings;
import io.payout.application.engine.EngineSettings;
import io.payout.application.engine.MethodRouter;
import io.dropwizard.jackson.Jackson;
import io.payout.adapters.rest.callback.CallbackInfoRenderer;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.OrderStepper;
import io.payout.application.engine.ProgressSaver;
import io.payout.application.engine.DispatchDueOrdersService;
import io.payout.application.engine.RetryPolicies;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.AttemptRules;
import io.payout.domain.attempt.EngineTimings;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.gateway.dummy.DummyGateway;
import io.payout.gateway.dummy.DummySettings;
import io.payout.gateway.host.GatewayHost;
import io.payout.gateway.host.GatewaySettings;
import io.payout.gateway.host.LoadedPlugins;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three engine instances, each with its own connection pool, share one PostgreSQL and one DUMMY gateway (5 ms per
 * call, 16% of its answers lost) and pay 3,000 orders. No reference is ever worked on by two instances at once, no fulfillment
 * is paid twice, and every order ends paid.
 */
class ThreeEnginesOnePostgresTest {
    private static final int ORDERS = 3_000;
    private static final String[][] MIX = {{"3.00", "UPI"}, {"7.00", "BANK"}, {"15.00", "BANK"}, {"23.00", "BANK"}};
    private final PostgresTestDatabase database = PostgresTestDatabase.freshSchema();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        database.close();
    }

    @Test
    void threeInstancesPayEveryOrderOnceAndNeverWorkOnOneReferenceTogether() throws Exception {
        Clock clock = PayoutApplication.CLOCK;
        List<Persistence> pools = List.of(open(), open(), open());
        MerchantId merchant = new MerchantId("m-three");
        new CreateMerchantService(pools.get(0).merchants(), clock).createMerchant(merchant);
        createOrders(pools.get(0), merchant, clock);

        DummyGateway dummy = new DummyGateway(DummySettings.fromConfiguration(
                Map.of(DummySettings.TIMEOUT_SHARE, "0.16", DummySettings.LATENCY_MS, "5")), clock, new Random(7));
        WatchedGatewayPlugin.Shared shared = new WatchedGatewayPlugin.Shared(dummy);
        List<DispatchDueOrdersService> engines = new ArrayList<>();
        List<AtomicInteger> claimed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            engines.add(engine(pools.get(i), "engine-" + i, new WatchedGatewayPlugin(shared, "engine-" + i), clock));
            claimed.add(new AtomicInteger());
        }
        runUntilAllSettled(engines, claimed, pools.get(0), merchant);

        int paid = 0;
        for (int i = 0; i < ORDERS; i++) {
            Order order = pools.get(0).orders().findOrder(merchant, new MerchantOrderId("ord-" + i)).orElseThrow();
            Fulfillment f = order.fulfillments().get(0);
            List<Transaction> successes = f.transactions().stream().filter(Transaction::isPaid).toList();
            assertThat(successes).as(order.merchantOrderId().value()).hasSize(1);
            for (Transaction t : f.transactions()) {
                assertThat(dummy.ledger().payoutsRecorded(t.transactionRef().value())).isLessThanOrEqualTo(1);
            }
            assertThat(dummy.ledger().payoutsRecorded(successes.get(0).transactionRef().value())).isEqualTo(1);
            paid++;
        }
        assertThat(paid).isEqualTo(ORDERS);
        assertThat(shared.overlaps.get()).as("calls about one reference by two instances at once").isZero();
        assertThat(claimed).allSatisfy(count -> assertThat(count.get()).as("every instance took a share").isPositive());
    }

    private Persistence open() {
        Persistence persistence = Persistence.open(new DatabaseSettings(database.url(), PostgresTestDatabase.user(), ""),
                new MetricRegistry());
        resources.add(persistence::close);
        return persistence;
    }

    private void createOrders(Persistence persistence, MerchantId merchant, Clock clock) throws Exception {
        CreateOrderService create = new CreateOrderService(persistence.orders(), persistence.orders(),
                new OrderLimits(Money.of("100000.00")), clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String[] kind = MIX[i % MIX.length];
            int n = i;
            done.add(pool.submit(() -> create.createOrder(EngineOrders.order(merchant, "ord-" + n, kind[0], kind[1]))));
        }
        for (var future : done) {
            future.get();
        }
        pool.shutdown();
    }

    private DispatchDueOrdersService engine(Persistence persistence, String instance, WatchedGatewayPlugin plugin,
                                           Clock clock) {
        GatewayHost host = new GatewayHost(LoadedPlugins.of(plugin),
                List.of(GatewaySettings.enabled("DUMMY", Duration.ofSeconds(3), 16, Map.of())
                        .withCircuitBreaker(Integer.MAX_VALUE, Duration.ofSeconds(1))));
        resources.add(host);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        resources.add(workers::shutdownNow);
        EngineSettings settings = new EngineSettings(instance, 32, Duration.ofSeconds(20));
        AttemptRules rules = new AttemptRules(new EngineTimings(Duration.ofMillis(100), Duration.ofMillis(500),
                Duration.ofSeconds(1), Duration.ZERO));
        ProgressSaver saver = new ProgressSaver(persistence.work(), new CallbackComposer(persistence.merchants(),
                new CallbackInfoRenderer(Jackson.newObjectMapper())));
        OrderStepper stepper = new OrderStepper(saver, host, new MethodRouter(host, Map.of()),
                new RetryPolicies(RetryPolicy.DEFAULT, Map.of()), rules, settings, clock);
        return new DispatchDueOrdersService(persistence.work(), stepper, workers, 8, settings, clock);
    }

    private void runUntilAllSettled(List<DispatchDueOrdersService> engines, List<AtomicInteger> claimed,
                                    Persistence persistence, MerchantId merchant) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < engines.size(); i++) {
            DispatchDueOrdersService engine = engines.get(i);
            AtomicInteger count = claimed.get(i);
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    int n = engine.processDueOrders();
                    count.addAndGet(n);
                    if (n == 0) {
                        sleep(20);
                    }
                }
            }, "pump-" + i);
            thread.start();
            threads.add(thread);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (EngineOrders.unsettled(persistence, merchant, ORDERS) > 0 && System.nanoTime() < deadline) {
            sleep(1000);
        }
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        for (DispatchDueOrdersService engine : engines) {
            engine.awaitIdle();
        }
        assertThat(EngineOrders.unsettled(persistence, merchant, ORDERS)).as("orders not yet settled").isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
