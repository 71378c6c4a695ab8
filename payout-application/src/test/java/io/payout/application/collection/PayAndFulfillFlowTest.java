package io.payout.application.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.CancelFulfillmentService;
import io.payout.application.engine.ProgressSaver;
import io.payout.application.engine.WebhookRejectedException;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.StatusOnlyRenderer;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.Udfs;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.callback.WebhookSubscription;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentStatus;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pay and Fulfill through the use cases, on the in-memory stores and a scripted provider. */
class PayAndFulfillFlowTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final CollectionSettings SETTINGS = new CollectionSettings(ScriptedProviders.PROVIDER, Map.of(),
            Duration.ofMinutes(30), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(5),
            Duration.ofSeconds(60), 10, true, Map.of(new MerchantId("no-refunds"), false));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final ScriptedProviders provider = new ScriptedProviders();
    private final CallbackComposer callbacks = new CallbackComposer(merchants, new StatusOnlyRenderer());
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final StartCollectionService start = new StartCollectionService(provider, store, SETTINGS, clock);
    private final CreateOrderService create = new CreateOrderService(store, store, new OrderLimits(Money.of("1000")),
            start, clock);
    private final ProcessCollectionsService pump = new ProcessCollectionsService(store,
            new CollectionStepper(store, provider, store, callbacks, SETTINGS, clock),
            new RefundStepper(store, provider, store, callbacks, SETTINGS, clock),
            new DecideRefundsService(store, callbacks, SETTINGS, clock), workers, SETTINGS, clock);
    private final HandleCollectionWebhookService webhooks = new HandleCollectionWebhookService(provider,
            id -> false, store, () -> { }, clock);

    @BeforeEach
    void setUp() {
        merchants.insertMerchant(new Merchant(ACME, T0), "hash", "whsec_c2VjcmV0");
        merchants.saveSubscription(ACME, new WebhookSubscription(
                new WebhookTarget("https://acme.example/hook", null, null, null), null));
    }

    @AfterEach
    void tearDown() {
        workers.shutdownNow();
    }

    @Test
    void theCreateRequestCreatesTheCollectionOrderAndTheFulfillmentsWaitForThePayment() {
        Order order = createOrder("ord-1", null, "5.00");

        Payment payment = payment(order);
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_PAYMENT);
        assertThat(payment.links().web()).isEqualTo("https://pay/" + payment.providerOrderId());
        assertThat(payment.providerOrderId()).hasSize(20).matches("[A-Za-z0-9]+");
        assertThat(payment.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(order.fulfillments()).allSatisfy(f -> assertThat(work(order).workOf(f.id()).dueAt()).isNull());
    }

    @Test
    void aProviderThatCannotBeReachedLeavesTheOrderAcceptedAndTheCollectionIsCreatedInTheBackground()
            throws Exception {
        provider.down = true;
        Order order = createOrder("ord-1", null, "5.00");
        assertThat(payment(order).status()).isEqualTo(PaymentStatus.PENDING_CREATION);
        assertThat(payment(order).reason()).contains("connect timed out");

        provider.down = false;
        clock.advance(Duration.ofSeconds(60));
        pump.processDue();

        assertThat(payment(order).status()).isEqualTo(PaymentStatus.AWAITING_PAYMENT);
        assertThat(provider.created).hasSize(1);
    }

    @Test
    void aChargeConfirmedByInquiryMakesTheOrderReadyAndItsFulfillmentsDue() throws Exception {
        Order order = createOrder("ord-1", null, "5.00");
        provider.pay(payment(order), "5.00");

        assertThatThrownBy(() -> webhooks.handle(ScriptedProviders.PROVIDER, Map.of(), new byte[0]))
                .isInstanceOf(WebhookRejectedException.class);
        assertThat(webhooks.handle(ScriptedProviders.PROVIDER, Map.of("authorization", List.of("Basic x")),
                payment(order).providerOrderId().getBytes())).isEqualTo(1);
        pump.processDue();

        assertThat(payment(order).status()).isEqualTo(PaymentStatus.CHARGED);
        assertThat(work(order).order().status()).isEqualTo(OrderStatus.READY_FOR_FULFILLMENT);
        assertThat(order.fulfillments()).allSatisfy(f -> assertThat(work(order).workOf(f.id())).isEqualTo(NextWork.at(T0)));
        assertThat(webhooks.handle(ScriptedProviders.PROVIDER, Map.of("authorization", List.of("Basic x")),
                payment(order).providerOrderId().getBytes())).as("a duplicate webhook changes nothing").isZero();
    }

    @Test
    void aDifferentChargedAmountSendsTheOrderToManualReviewNeverToFulfillment() throws Exception {
        Order order = createOrder("ord-1", null, "5.00");
        provider.pay(payment(order), "4.00");
        clock.advance(Duration.ofSeconds(2));

        pump.processDue();

        assertThat(payment(order).status()).isEqualTo(PaymentStatus.AMOUNT_MISMATCH);
        assertThat(work(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        assertThat(order.fulfillments()).allSatisfy(f -> assertThat(work(order).workOf(f.id()).dueAt()).isNull());
    }

    @Test
    void anOrderUnpaidAfterThePaymentWindowIsCancelledWithAReason() throws Exception {
        Order order = createOrder("ord-1", null, "5.00");
        clock.advance(Duration.ofMinutes(31));

        pump.processDue();

        assertThat(payment(order).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payment(order).reason()).contains("not paid within the payment window");
        assertThat(work(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
        assertThat(work(order).order().fulfillments()).extracting(Fulfillment::status)
                .containsOnly(FulfillmentStatus.CANCELLED);
        assertThat(store.callbacks(ACME, order.id())).extracting(c -> c.event().label() + " " + c.event().value())
                .containsExactly("FULFILLMENT_ORDER CANCELLED", "ORDER FULFILLMENTS_CANCELLED");
    }

    @Test
    void aFailedPayoutIsRefundedOnceEvenWhenTheRefundAnswerIsLost() throws Exception {
        Order order = paidOrder("ord-1", null, "5.00");
        endFulfillments(order, FulfillmentStatus.FAILURE);
        provider.loseRefundAnswers = 1;

        pump.processDue();
        clock.advance(Duration.ofSeconds(5));
        pump.processDue();
        clock.advance(Duration.ofSeconds(5));
        pump.processDue();
        clock.advance(Duration.ofSeconds(5));
        pump.processDue();

        List<Refund> refunds = store.refundsOf(ACME, order.id());
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).amount()).isEqualTo(Money.of("5.00"));
        assertThat(refunds.get(0).status()).isEqualTo(RefundStatus.SUCCESS);
        assertThat(provider.refunds).hasSize(1);
        assertThat(provider.refundRequests).hasSizeGreaterThanOrEqualTo(2).containsOnly(refunds.get(0).uniqueRequestId());
        assertThat(store.callbacks(ACME, order.id())).filteredOn(c -> c.event().label().name().equals("REFUND"))
                .extracting(c -> c.event().value()).containsExactly("INITIATED", "SUCCESS");
    }

    @Test
    void onlyWhatWasNotPaidOutIsRefunded() throws Exception {
        Order order = paidOrder("ord-1", null, "3.00", "2.00");
        OrderWork before = work(order);
        OrderProgress progress = new OrderProgress(before.order(), clock.instant());
        progress.setFulfillmentStatus(order.fulfillments().get(0).id(), FulfillmentStatus.SUCCESS);
        progress.setFulfillmentStatus(order.fulfillments().get(1).id(), FulfillmentStatus.FAILURE);
        store.saveProgress(before, progress.order(), progress.events(), List.of(), Map.of(), Lease.RELEASE);

        pump.processDue();
        pump.processDue();

        assertThat(work(order).order().status()).isEqualTo(OrderStatus.FULFILLED_PARTIALLY);
        assertThat(store.refundsOf(ACME, order.id())).extracting(Refund::amount).containsExactly(Money.of("2.00"));
    }

    @Test
    void aPaymentChargedAfterTheMerchantCancelledEveryFulfillmentIsRefundedInFull() throws Exception {
        Order order = createOrder("ord-1", null, "5.00");
        new CancelFulfillmentService(store, new ProgressSaver(store, callbacks), clock)
                .cancel(ACME, order.fulfillments().get(0).id());
        assertThat(work(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
        provider.pay(payment(order), "5.00");
        clock.advance(Duration.ofSeconds(2));

        pump.processDue();
        pump.processDue();

        assertThat(payment(order).status()).isEqualTo(PaymentStatus.CHARGED);
        assertThat(work(order).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
        assertThat(store.refundsOf(ACME, order.id())).extracting(Refund::amount).containsExactly(Money.of("5.00"));
    }

    @Test
    void theOrdersRefundOnFailureFalseKeepsTheMoney() throws Exception {
        Order order = paidOrder("ord-1", false, "5.00");
        endFulfillments(order, FulfillmentStatus.FAILURE);

        pump.processDue();
        pump.processDue();

        assertThat(store.refundsOf(ACME, order.id())).isEmpty();
        assertThat(provider.refundRequests).isEmpty();
    }

    private Order paidOrder(String merchantOrderId, Boolean refundOnFailure, String... amounts) throws Exception {
        Order order = createOrder(merchantOrderId, refundOnFailure, amounts);
        Money total = order.amount();
        provider.pay(payment(order), total.toString());
        clock.advance(Duration.ofSeconds(2));
        pump.processDue();
        assertThat(work(order).order().status()).isEqualTo(OrderStatus.READY_FOR_FULFILLMENT);
        return order;
    }

    private void endFulfillments(Order order, FulfillmentStatus status) {
        OrderWork before = work(order);
        OrderProgress progress = new OrderProgress(before.order(), clock.instant());
        for (Fulfillment f : before.order().fulfillments()) {
            progress.setFulfillmentStatus(f.id(), status);
        }
        store.saveProgress(before, progress.order(), progress.events(),
                callbacks.compose(before.order(), progress.order(), progress.events()), Map.of(), Lease.RELEASE);
    }

    private Order createOrder(String merchantOrderId, Boolean refundOnFailure, String... amounts) {
        Money total = Money.ZERO;
        List<NewFulfillment> fulfillments = new java.util.ArrayList<>();
        for (String amount : amounts) {
            total = total.plus(Money.of(amount));
            fulfillments.add(new NewFulfillment(Money.of(amount), new UpiBeneficiary("Asha", "asha@upi", null),
                    List.of(), Udfs.NONE, AdditionalInfo.NONE));
        }
        return create.createOrder(new CreateOrderCommand(ACME, new MerchantOrderId(merchantOrderId),
                OrderType.PAY_AND_FULFILL, total, new Customer(new CustomerId("cust-1"), null, null), Udfs.NONE,
                fulfillments, null, refundOnFailure)).order();
    }

    private Payment payment(Order order) {
        return store.findPayment(ACME, order.id()).orElseThrow();
    }

    private OrderWork work(Order order) {
        return store.work(ACME, order.id()).orElseThrow();
    }
}
