package io.payout.application.engine;

import io.payout.application.callback.CallbackComposer;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.StatusOnlyRenderer;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.engine.port.PayoutMethodsPort;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.ScriptedGateway;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.attempt.AttemptRules;
import io.payout.domain.attempt.EngineTimings;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.StatusEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The engine on the in-memory store and the scripted gateway, with a clock the test moves. */
final class EngineHarness implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    static final MerchantId ACME = new MerchantId("acme");
    static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    static final MethodId NEFT = new MethodId("DUMMY_NEFT");
    static final MethodId UPI = new MethodId("DUMMY_UPI");
    static final MethodId OTHER_IMPS = new MethodId("OTHER_IMPS");
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Polls after 10 s to 10 min, reviews hourly, watches settled transactions for 2 hours. */
    static final EngineTimings TIMINGS = new EngineTimings(Duration.ofSeconds(10), Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(2));

    final InMemoryOrderStore store = new InMemoryOrderStore();
    final ScriptedGateway gateway = new ScriptedGateway();
    final MutableClock clock = new MutableClock(T0);
    /** The merchants' callback configuration the engine's saves see. */
    final InMemoryMerchantStore webhooks = new InMemoryMerchantStore();
    /** What the steppers call; a test may wrap {@link #gateway} before making one. */
    PayoutGatewayPort gatewayPort = gateway;
    List<MethodId> enabled = List.of(IMPS, NEFT, UPI, OTHER_IMPS);
    /** Enabled methods an operator paused (or whose circuit is open): configured, but not available now. */
    final Set<MethodId> paused = new CopyOnWriteArraySet<>();
    RetryPolicies policies = new RetryPolicies(RetryPolicy.DEFAULT, Map.of());
    int batchSize = 10;
    private final List<Order> created = new ArrayList<>();
    private final List<ExecutorService> pools = new ArrayList<>();
    private int nextOrder;

    OrderStepper stepper(String instanceId) {
        return new OrderStepper(saver(), gatewayPort, new MethodRouter(methods(), Map.of()), policies,
                new AttemptRules(TIMINGS), settings(instanceId), clock);
    }

    /** Saves progress into {@link #store}, with the callbacks {@link #webhooks} asks for. */
    ProgressSaver saver() {
        return new ProgressSaver(store, new CallbackComposer(webhooks, new StatusOnlyRenderer()));
    }

    /** {@link #enabled} less {@link #paused}, read at each call. */
    PayoutMethodsPort methods() {
        return new PayoutMethodsPort() {
            @Override
            public List<MethodId> enabledMethods() {
                return enabled.stream().filter(m -> !paused.contains(m)).toList();
            }

            @Override
            public List<MethodId> configuredMethods() {
                return enabled;
            }
        };
    }

    EngineSettings settings(String instanceId) {
        return new EngineSettings(instanceId, batchSize, LEASE);
    }

    ProcessDueOrdersService service(String instanceId, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        pools.add(pool);
        return new ProcessDueOrdersService(store, stepper(instanceId), pool, settings(instanceId), clock);
    }

    ProcessDueOrdersService service(String instanceId) {
        return service(instanceId, 2);
    }

    /** One round of instance "engine-1" (a fresh service each time: only the store remembers). */
    int run() {
        return service("engine-1").processDueOrders();
    }

    /** Rounds of the engine, moving the clock to each next due time, until nothing is due before {@code horizon}. */
    void runUntilQuiet(Duration horizon) {
        Instant limit = clock.instant().plus(horizon);
        ProcessDueOrdersService service = service("engine-1");
        for (int i = 0; i < 1000; i++) {
            service.processDueOrders();
            Optional<Instant> next = nextDue();
            if (next.isEmpty() || next.get().isAfter(limit)) {
                clock.set(limit);
                return;
            }
            if (next.get().isAfter(clock.instant())) {
                clock.set(next.get());
            }
        }
        throw new AssertionError("the engine never went quiet");
    }

    /** When the next order can be claimed: its earliest due work, or when its claim runs out if later. */
    Optional<Instant> nextDue() {
        return created.stream().map(o -> store.work(o.merchantId(), o.id()).orElseThrow())
                .map(w -> {
                    Optional<Instant> due = w.work().values().stream().map(NextWork::dueAt).filter(Objects::nonNull)
                            .min(Instant::compareTo);
                    Lease lease = store.lease(w.order().merchantId(), w.order().id()).orElseThrow();
                    return due.map(d -> lease.released() || d.isAfter(lease.until()) ? d : lease.until());
                })
                .flatMap(Optional::stream).min(Instant::compareTo);
    }

    Order newOrder(NewFulfillment... fulfillments) {
        return newOrder(null, fulfillments);
    }

    /** An order created now and stored with its own retry policy ({@code null}: none). */
    Order newOrder(RetryPolicy policy, NewFulfillment... fulfillments) {
        nextOrder++;
        Money sum = Arrays.stream(fulfillments).map(NewFulfillment::amount).reduce(Money.ZERO, Money::plus);
        Order order = Order.acceptFulfillOnly(new OrderId(String.format("%030x", nextOrder)), ACME,
                new MerchantOrderId("ord-" + nextOrder), sum, new Customer(new CustomerId("cust-1"), null, null),
                Udfs.NONE, List.of(fulfillments), clock.instant());
        if (!store.insertNewOrder(order, "fp-" + nextOrder, policy)) {
            throw new IllegalStateException("not stored");
        }
        created.add(order);
        return order;
    }

    static NewFulfillment bank(String amount) {
        return bank(amount, AdditionalInfo.NONE);
    }

    static NewFulfillment bank(String amount, AdditionalInfo info) {
        return new NewFulfillment(Money.of(amount), new BankAccountBeneficiary("Asha Rao", "026291800001191",
                "YESB0000262"), List.of(), Udfs.NONE, info);
    }

    static NewFulfillment upi(String amount) {
        return new NewFulfillment(Money.of(amount), new UpiBeneficiary("Ravi K", "success@upi", null), List.of(),
                Udfs.NONE, AdditionalInfo.NONE);
    }

    static AdditionalInfo info(Instant scheduleTime, Integer attemptThreshold, Boolean isRetriable) {
        return new AdditionalInfo(null, null, scheduleTime, attemptThreshold, isRetriable, null);
    }

    /** The reference of attempt {@code t} of fulfillment {@code f} of {@code order}. */
    static TransactionRef ref(Order order, int f, int t) {
        return new TransactionRef(order.id().value() + "f" + f + "t" + t);
    }

    Order stored(Order order) {
        return store.findOrder(order.merchantId(), order.merchantOrderId()).orElseThrow();
    }

    Fulfillment fulfillment(Order order, int n) {
        return stored(order).fulfillments().get(n - 1);
    }

    List<Transaction> transactions(Order order, int n) {
        return fulfillment(order, n).transactions();
    }

    OrderWork work(Order order) {
        return store.work(order.merchantId(), order.id()).orElseThrow();
    }

    NextWork workOf(Order order, int n) {
        return work(order).workOf(fulfillment(order, n).id());
    }

    List<StatusEvent> events(Order order) {
        return store.events(order.merchantId(), order.id());
    }

    List<Order> orders() {
        return List.copyOf(created);
    }

    @Override
    public void close() throws InterruptedException {
        for (ExecutorService pool : pools) {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
