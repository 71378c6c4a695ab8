package io.payout.application.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.CancelFulfillmentService;
import io.payout.application.engine.EngineSettings;
import io.payout.application.engine.MethodRouter;
import io.payout.application.engine.OrderStepper;
import io.payout.application.engine.ProgressSaver;
import io.payout.application.engine.RetryPolicies;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.PayoutMethodsPort;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.ScriptedGateway;
import io.payout.application.fakes.StatusOnlyRenderer;
import io.payout.application.operator.port.RetryFulfillmentPort;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import io.payout.domain.Udfs;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.AttemptRules;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.EngineTimings;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry-now over the in-memory store and a scripted gateway, with the real engine stepping the orders. */
class RetryFulfillmentServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final MerchantId OTHER = new MerchantId("other");
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private static final MethodId NEFT = new MethodId("DUMMY_NEFT");
    private static final Duration LEASE = Duration.ofSeconds(60);
    /** Polls after 1 s to 1 min, reviews every 10 min, watches settled transactions for 30 min. */
    private static final EngineTimings TIMINGS = new EngineTimings(Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofMinutes(30));
    private static final Backoff HOUR = new Backoff(Duration.ofHours(1), 1.0, Duration.ofHours(1));
    /** One attempt only, a 24-hour window. */
    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, List.of(), RetryAction.NEXT_METHOD, HOUR,
            Duration.ofHours(24), Duration.ofHours(2));
    /** Two attempts, the next method after an hour's backoff. */
    private static final RetryPolicy NEXT_AFTER_AN_HOUR = new RetryPolicy(2, List.of(), RetryAction.NEXT_METHOD, HOUR,
            Duration.ofHours(24), Duration.ofHours(2));
    private static final GatewayResult FAILED = new GatewayResult.Failed("E101", "bank offline",
            FailureCategory.GATEWAY, true, "{\"status\":\"FAILURE\"}");

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MutableClock clock = new MutableClock(T0);
    private final Set<MethodId> paused = new CopyOnWriteArraySet<>();
    private final PayoutMethodsPort methods = new PayoutMethodsPort() {
        @Override
        public List<MethodId> enabledMethods() {
            return List.of(IMPS, NEFT).stream().filter(m -> !paused.contains(m)).toList();
        }

        @Override
        public List<MethodId> configuredMethods() {
            return List.of(IMPS, NEFT);
        }
    };
    private final CallbackComposer composer = new CallbackComposer(merchants, new StatusOnlyRenderer());
    private final RetryPolicies policies = new RetryPolicies(RetryPolicy.DEFAULT, Map.of());
    private final AttemptRules rules = new AttemptRules(TIMINGS);
    private final OrderStepper stepper = new OrderStepper(new ProgressSaver(store, composer), gateway,
            new MethodRouter(methods, Map.of()), policies, rules, new EngineSettings("engine-1", 10, LEASE), clock);
    private final RetryFulfillmentService service = service(store);
    private int orders;

    private RetryFulfillmentService service(RetryFulfillmentPort port) {
        return new RetryFulfillmentService(store, port, gateway, methods, policies, rules, composer, clock);
    }

    @BeforeEach
    void merchantWithWebhook() {
        merchants.insertMerchant(new Merchant(ACME, T0), "hash-acme", "whsec_acme");
        merchants.insertMerchant(new Merchant(OTHER, T0), "hash-other", "whsec_other");
        merchants.saveSubscription(ACME, new WebhookSubscription(
                new WebhookTarget("https://acme.example/hooks", null, null, null), null));
    }

    /** A bank payout of {@code amount} on IMPS then NEFT, created now, stored with {@code policy}. */
    private Order newOrder(String amount, RetryPolicy policy, AdditionalInfo info) {
        orders++;
        NewFulfillment f = new NewFulfillment(Money.of(amount), new BankAccountBeneficiary("Asha Rao",
                "026291800001191", "YESB0000262"), List.of(IMPS, NEFT), Udfs.NONE, info);
        Order order = Order.acceptFulfillOnly(new OrderId(String.format("%030x", orders)), ACME,
                new MerchantOrderId("ord-" + orders), f.amount(), new Customer(new CustomerId("cust-1"), null, null),
                Udfs.NONE, List.of(f), clock.instant());
        assertThat(store.insertNewOrder(order, "fp-" + orders, policy)).isTrue();
        return order;
    }

    private Order newOrder(String amount, RetryPolicy policy) {
        return newOrder(amount, policy, AdditionalInfo.NONE);
    }

    /** What the engine does with every order due now: one step each, as one instance would. */
    private void engineStep() {
        Instant now = clock.instant();
        store.claimDueOrders("engine-1", now, now.plus(LEASE), 10).forEach(stepper::step);
    }

    private static FulfillmentId f1(Order order) {
        return order.fulfillments().get(0).id();
    }

    private static TransactionRef ref(Order order, int attempt) {
        return new TransactionRef(order.id().value() + "f1t" + attempt);
    }

    private OrderWork stored(Order order) {
        return store.work(ACME, order.id()).orElseThrow();
    }

    private Fulfillment fulfillment(Order order) {
        return stored(order).order().fulfillments().get(0);
    }

    private List<String> callbacks(Order order, int skip) {
        return store.callbacks(ACME, order.id()).stream().skip(skip)
                .map(c -> c.event().label() + ":" + c.event().value()).toList();
    }

    private RetryFulfillmentCommand command(Order order) {
        return new RetryFulfillmentCommand(ACME, f1(order), "bank fixed its IMPS link", "asha");
    }

    /** An order whose one attempt failed (no retry allowed): the fulfillment and the order are FAILURE. */
    private Order failed() {
        Order order = newOrder("30.00", ONE_ATTEMPT);
        gateway.onInitiate(ref(order, 1), FAILED);
        engineStep();
        assertThat(fulfillment(order).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(stored(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        clock.advance(Duration.ofMinutes(1));
        return order;
    }

    @Test
    void aFailedFulfillmentGetsAFreshAttemptThatTheEngineMakesAsItsSecondTransaction() {
        Order order = failed();
        int callbacksBefore = store.callbacks(ACME, order.id()).size();

        RetryFulfillmentUseCase.Retry retry = service.retry(command(order));

        assertThat(retry).isEqualTo(new RetryFulfillmentUseCase.Retry(f1(order), IMPS, true, true,
                OrderStatus.FULFILLMENTS_SCHEDULED));
        assertThat(fulfillment(order).status()).isEqualTo(FulfillmentStatus.PENDING);
        assertThat(stored(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
        assertThat(stored(order).workOf(f1(order))).isEqualTo(new NextWork(clock.instant(), IMPS));
        assertThat(callbacks(order, callbacksBefore)).containsExactly("ORDER:FULFILLMENTS_SCHEDULED");
        assertThat(gateway.calls(ScriptedGateway.Operation.INQUIRE)).extracting(ScriptedGateway.Call::reference)
                .containsExactly(ref(order, 1));

        gateway.onInitiate(ref(order, 2), FAILED);
        engineStep();

        Fulfillment after = fulfillment(order);
        assertThat(after.transactions()).extracting(t -> t.id().value())
                .containsExactly(f1(order).value() + "-t1", f1(order).value() + "-t2");
        assertThat(after.transactions().get(1).method()).isEqualTo(IMPS);
        assertThat(after.transactions().get(1).status()).isEqualTo(TransactionStatus.FAILURE);
        assertThat(after.status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(stored(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(callbacks(order, callbacksBefore)).containsExactly("ORDER:FULFILLMENTS_SCHEDULED",
                "FULFILLMENT_TXN:INITIATED", "FULFILLMENT_TXN:FAILURE", "FULFILLMENT_ORDER:FAILURE",
                "ORDER:FULFILLMENTS_FAILURE");
    }

    @Test
    void theFreshAttemptThatSucceedsPaysTheOrder() {
        Order order = failed();

        service.retry(command(order));
        engineStep();

        assertThat(fulfillment(order).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(stored(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(gateway.receivedReferences()).containsExactlyInAnyOrder(ref(order, 1), ref(order, 2));
    }

    @Test
    void theAuditRowIsWrittenWithTheRetryAndShownInTheHistory() {
        Order order = failed();

        service.retry(command(order));

        OperatorAction action = store.loadTrail(ACME, order.merchantOrderId()).orElseThrow().actions().get(0);
        assertThat(action).isEqualTo(new OperatorAction(ACME, order.id(), "RETRY_FULFILLMENT", f1(order).value(),
                "asha", "bank fixed its IMPS link",
                "FAILURE -> PENDING, fresh attempt on DUMMY_IMPS due now; order FULFILLMENTS_SCHEDULED",
                clock.instant()));
        List<HistoryEntry> history = new OrderHistoryService(store).history(ACME, order.merchantOrderId());
        assertThat(history).extracting(HistoryEntry::kind).endsWith("OPERATOR", "STATUS", "STATUS");
        assertThat(history.get(history.size() - 3).text()).startsWith("RETRY_FULFILLMENT " + f1(order).value()
                + " by asha: bank fixed its IMPS link");
    }

    @Test
    void aRetryWaitingOutItsBackoffIsMadeDueNowOnItsPlannedMethod() {
        Order order = newOrder("15.00", NEXT_AFTER_AN_HOUR);
        gateway.onInitiate(ref(order, 1), FAILED);
        engineStep();
        assertThat(fulfillment(order).status()).isEqualTo(FulfillmentStatus.PENDING);
        assertThat(stored(order).workOf(f1(order))).isEqualTo(new NextWork(T0.plus(Duration.ofHours(1)), NEFT));
        clock.advance(Duration.ofMinutes(2));
        int callbacksBefore = store.callbacks(ACME, order.id()).size();
        int eventsBefore = store.events(ACME, order.id()).size();

        RetryFulfillmentUseCase.Retry retry = service.retry(command(order));

        assertThat(retry).isEqualTo(new RetryFulfillmentUseCase.Retry(f1(order), NEFT, true, false,
                OrderStatus.FULFILLMENTS_SCHEDULED));
        assertThat(stored(order).workOf(f1(order))).isEqualTo(new NextWork(clock.instant(), NEFT));
        assertThat(store.events(ACME, order.id())).hasSize(eventsBefore);
        assertThat(store.callbacks(ACME, order.id())).hasSize(callbacksBefore);
        assertThat(gateway.calls(ScriptedGateway.Operation.INQUIRE)).isEmpty();
        assertThat(store.loadTrail(ACME, order.merchantOrderId()).orElseThrow().actions().get(0).details())
                .isEqualTo("retry due at " + T0.plus(Duration.ofHours(1)) + " on DUMMY_NEFT due now;"
                        + " order FULFILLMENTS_SCHEDULED");

        engineStep();

        assertThat(fulfillment(order).transactions()).extracting(t -> t.method()).containsExactly(IMPS, NEFT);
        assertThat(fulfillment(order).status()).isEqualTo(FulfillmentStatus.SUCCESS);
    }

    @Test
    void theFreshAttemptGoesToTheFirstAvailableMethodOrWaitsForAPausedOne() {
        Order order = failed();
        Order other = failed();
        paused.add(IMPS);

        assertThat(service.retry(command(order)).method()).isEqualTo(NEFT);

        paused.add(NEFT);
        RetryFulfillmentUseCase.Retry waiting = service.retry(command(other));
        assertThat(waiting.method()).isEqualTo(IMPS);
        assertThat(waiting.methodAvailable()).isFalse();
        engineStep();
        assertThat(fulfillment(other).transactions()).hasSize(1);
        assertThat(fulfillment(other).status()).isEqualTo(FulfillmentStatus.PENDING);

        paused.clear();
        clock.advance(TIMINGS.firstPoll());
        engineStep();
        assertThat(fulfillment(other).transactions()).hasSize(2);
        assertThat(fulfillment(other).status()).isEqualTo(FulfillmentStatus.SUCCESS);
    }

    @Test
    void anAttemptWhoseOutcomeIsUnknownRefusesTheRetryAndNothingIsWritten() {
        Order order = newOrder("30.00", NEXT_AFTER_AN_HOUR);
        gateway.onInitiate(ref(order, 1), GatewayResult.Unknown.because("read timed out"));
        engineStep();
        OrderWork before = stored(order);
        assertThat(fulfillment(order).transactions().get(0).status()).isEqualTo(TransactionStatus.INITIATED);

        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("INITIATED").hasMessageContaining("may still pay");

        assertNothingWritten(order, before);
    }

    @Test
    void cancelledSucceededAndReviewedFulfillmentsAreRefused() {
        Order paid = newOrder("5.00", ONE_ATTEMPT);
        Order stuck = newOrder("21.00", RetryPolicy.DEFAULT.withAttemptWindow(Duration.ofMinutes(5)));
        gateway.onInitiate(ref(stuck, 1), new GatewayResult.Pending("gw-1", null));
        gateway.onInquire(ref(stuck, 1), new GatewayResult.Pending("gw-1", null));
        engineStep();
        clock.advance(Duration.ofMinutes(10));
        engineStep();
        assertThat(fulfillment(stuck).status()).isEqualTo(FulfillmentStatus.MANUAL_REVIEW);

        assertThatThrownBy(() -> service.retry(command(paid))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("SUCCESS");
        assertThatThrownBy(() -> service.retry(command(stuck))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MANUAL_REVIEW");
        Order fresh = newOrder("5.00", ONE_ATTEMPT);
        assertThatThrownBy(() -> service.retry(command(fresh))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not been attempted");
        new CancelFulfillmentService(store, new ProgressSaver(store, composer), clock).cancel(ACME, f1(fresh));
        assertThatThrownBy(() -> service.retry(command(fresh))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("CANCELLED");
        assertThat(store.loadTrail(ACME, fresh.merchantOrderId()).orElseThrow().actions()).isEmpty();
    }

    @Test
    void aReversedPayoutIsNeverRetried() {
        Order order = newOrder("30.00", ONE_ATTEMPT);
        engineStep();
        gateway.onInquire(ref(order, 1), FAILED);
        clock.advance(TIMINGS.reviewPoll());
        engineStep();
        assertThat(fulfillment(order).transactions().get(0).status()).isEqualTo(TransactionStatus.REVERSED);
        assertThat(fulfillment(order).status()).isEqualTo(FulfillmentStatus.FAILURE);
        OrderWork before = stored(order);

        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("REVERSED");

        assertNothingWritten(order, before);
    }

    @Test
    void aFailureTheGatewayNowReportsAsPaidRefusesTheRetry() {
        Order order = failed();
        gateway.onInquire(ref(order, 1), new GatewayResult.Succeeded("gw-late", null));
        OrderWork before = stored(order);

        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("as paid");

        assertNothingWritten(order, before);
    }

    @Test
    void aFailureTheGatewayCannotConfirmRefusesTheRetryAndAFailureItNeverReceivedDoesNot() {
        Order order = failed();
        gateway.onInquire(ref(order, 1), GatewayResult.Unknown.because("read timed out"),
                new GatewayResult.Pending("gw-1", null), new GatewayResult.Unknown("not found", true, null));
        OrderWork before = stored(order);

        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("could not confirm").hasMessageContaining("read timed out");
        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("pending");
        assertNothingWritten(order, before);

        assertThat(service.retry(command(order)).reopened()).isTrue();
    }

    @Test
    void aFulfillmentPastItsAttemptWindowIsRefused() {
        Order order = newOrder("30.00", ONE_ATTEMPT, new AdditionalInfo(null, null, null, 30, null, null));
        gateway.onInitiate(ref(order, 1), FAILED);
        engineStep();
        clock.advance(Duration.ofMinutes(31));
        OrderWork before = stored(order);

        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("attempt window");

        assertNothingWritten(order, before);
    }

    @Test
    void anOrderTheEngineHoldsIsRefusedUntilItsClaimEnds() {
        Order order = failed();
        clock.advance(TIMINGS.reviewPoll());
        assertThat(store.claimDueOrders("engine-2", clock.instant(), clock.instant().plus(LEASE), 10)).hasSize(1);
        OrderWork before = stored(order);

        assertThatThrownBy(() -> service.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("being worked on");
        assertNothingWritten(order, before);

        clock.advance(LEASE);
        assertThat(service.retry(command(order)).reopened()).isTrue();
    }

    @Test
    void anUnknownFulfillmentOrAnotherMerchantsIsNotFound() {
        Order order = failed();

        assertThatThrownBy(() -> service.retry(new RetryFulfillmentCommand(OTHER, f1(order), "r", "asha")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.retry(new RetryFulfillmentCommand(ACME,
                new FulfillmentId(order.id().value() + "-f2"), "r", "asha"))).isInstanceOf(NotFoundException.class);
        assertThat(store.loadTrail(ACME, order.merchantOrderId()).orElseThrow().actions()).isEmpty();
    }

    @Test
    void aRefundedOrderIsRefusedWithItsReason() {
        Order order = failed();
        RetryFulfillmentService refunded = service((before, after, events, callbacks, work, action, now) ->
                RetryFulfillmentPort.Outcome.REFUNDED);

        assertThatThrownBy(() -> refunded.retry(command(order))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("refund");
    }

    @Test
    void aStaleSaveIsTriedAgainOnTheNewerOrderAndAnOrderThatKeepsChangingIsAConflict() {
        Order order = failed();
        int[] calls = {0};
        RetryFulfillmentService racing = service((before, after, events, callbacks, work, action, now) -> {
            calls[0]++;
            return calls[0] < 3 ? RetryFulfillmentPort.Outcome.STALE
                    : store.saveRetry(before, after, events, callbacks, work, action, now);
        });

        assertThat(racing.retry(command(order)).reopened()).isTrue();
        assertThat(calls[0]).isEqualTo(3);
        assertThat(store.loadTrail(ACME, order.merchantOrderId()).orElseThrow().actions()).hasSize(1);

        Order other = failed();
        RetryFulfillmentService alwaysStale = service((before, after, events, callbacks, work, action, now) ->
                RetryFulfillmentPort.Outcome.STALE);
        assertThatThrownBy(() -> alwaysStale.retry(command(other))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("changing");
    }

    @Test
    void theCommandRequiresAReasonAndAnOperator() {
        FulfillmentId id = new FulfillmentId("0".repeat(30) + "-f1");
        assertThatThrownBy(() -> new RetryFulfillmentCommand(ACME, id, " ", "asha"))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new RetryFulfillmentCommand(ACME, id, "why", null))
                .hasMessageContaining("operator");
        assertThatThrownBy(() -> new RetryFulfillmentCommand(ACME, id, "x".repeat(501), "asha"))
                .hasMessageContaining("reason");
    }

    private void assertNothingWritten(Order order, OrderWork before) {
        assertThat(stored(order)).isEqualTo(before);
        assertThat(store.loadTrail(ACME, order.merchantOrderId()).orElseThrow().actions()).isEmpty();
    }
}
