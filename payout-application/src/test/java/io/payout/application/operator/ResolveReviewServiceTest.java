package io.payout.application.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.ReviewOrders;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.fakes.StatusOnlyRenderer;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.InvalidInputException;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionStatus;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResolveReviewServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final MerchantId OTHER = new MerchantId("other");
    private static final WebhookTarget HOOK = new WebhookTarget("https://acme.example/hooks", null, null, null);

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final MutableClock clock = new MutableClock(T0);
    private final CallbackComposer composer = new CallbackComposer(merchants, new StatusOnlyRenderer());
    private final ResolveReviewService resolver = new ResolveReviewService(store, store, composer, clock);
    private final OrderHistoryService history = new OrderHistoryService(store);

    @BeforeEach
    void merchantWithWebhook() {
        merchants.insertMerchant(new Merchant(ACME, T0), "hash-acme", "whsec_acme");
        merchants.insertMerchant(new Merchant(OTHER, T0), "hash-other", "whsec_other");
        merchants.saveSubscription(ACME, new WebhookSubscription(HOOK, null));
    }

    private Order inReview(String merchantOrderId) {
        CreateOrderCommand c = SampleOrders.oneUpi("acme", merchantOrderId, "21.00");
        Order order = Order.acceptFulfillOnly(OrderId.random(), c.merchantId(), c.merchantOrderId(), c.amount(),
                c.customer(), c.udfs(), c.fulfillments(), T0);
        store.insertNewOrder(order, "fp", null);
        OrderWork work = store.work(ACME, order.id()).orElseThrow();
        OrderProgress progress = ReviewOrders.toReview(order, T0.plusSeconds(60));
        FulfillmentId f = order.fulfillments().get(0).id();
        assertThat(store.saveProgress(work, progress.order(), progress.events(), List.of(),
                Map.of(f, NextWork.at(T0.plusSeconds(3600))), Lease.RELEASE)).isPositive();
        clock.set(T0.plusSeconds(600));
        return progress.order();
    }

    private static ResolveReviewCommand command(Order order, TransactionStatus outcome) {
        return new ResolveReviewCommand(ACME, ReviewOrders.firstTransaction(order), outcome, "bank confirmed UTR 123",
                "asha");
    }

    private Order stored(Order order) {
        return store.work(ACME, order.id()).orElseThrow().order();
    }

    private List<String> newCallbacks(Order order, int skip) {
        return store.callbacks(ACME, order.id()).stream().skip(skip)
                .map(c -> c.event().label() + ":" + c.event().value()).toList();
    }

    @Test
    void resolvingAsSuccessPaysTheFulfillmentEndsItsWorkAndTellsTheMerchant() {
        Order order = inReview("ord-1");

        ResolveReviewUseCase.Resolution r = resolver.resolve(command(order, TransactionStatus.SUCCESS));

        assertThat(r.orderStatus()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        Order after = stored(order);
        assertThat(after.status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(after.fulfillments().get(0).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        Transaction t = after.fulfillments().get(0).transactions().get(0);
        assertThat(t).isEqualTo(r.transaction());
        assertThat(t.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(t.gatewayResponse().gatewayRefId()).isEqualTo("gw-ref-9");
        assertThat(t.gatewayResponse().responseCode()).isEqualTo("P01");
        assertThat(t.gatewayResponse().rawResponse()).isEqualTo(ReviewOrders.STUCK.rawResponse());
        assertThat(t.gatewayResponse().responseDescription()).isEqualTo("resolved by asha: bank confirmed UTR 123");
        assertThat(store.work(ACME, order.id()).orElseThrow().workOf(order.fulfillments().get(0).id()))
                .isEqualTo(NextWork.NONE);
        assertThat(newCallbacks(order, 0)).containsExactly("FULFILLMENT_TXN:SUCCESS", "FULFILLMENT_ORDER:SUCCESS",
                "ORDER:FULFILLMENTS_SUCCESSFUL");
    }

    @Test
    void resolvingAsFailureFailsTheFulfillmentAndTheOrder() {
        Order order = inReview("ord-1");

        ResolveReviewUseCase.Resolution r = resolver.resolve(command(order, TransactionStatus.FAILURE));

        assertThat(r.transaction().status()).isEqualTo(TransactionStatus.FAILURE);
        assertThat(stored(order).fulfillments().get(0).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(stored(order).status()).isEqualTo(r.orderStatus()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(newCallbacks(order, 0)).containsExactly("FULFILLMENT_TXN:FAILURE", "FULFILLMENT_ORDER:FAILURE",
                "ORDER:FULFILLMENTS_FAILURE");
    }

    @Test
    void theAuditRowIsWrittenWithTheProgressAndShownInTheHistory() {
        Order order = inReview("ord-1");

        resolver.resolve(command(order, TransactionStatus.SUCCESS));

        Instant at = T0.plusSeconds(600);
        OperatorActionPort.OrderTrail trail = store.loadTrail(ACME, new MerchantOrderId("ord-1")).orElseThrow();
        assertThat(trail.actions()).containsExactly(new OperatorAction(ACME, order.id(), "RESOLVE_REVIEW",
                ReviewOrders.firstTransaction(order).value(), "asha", "bank confirmed UTR 123",
                "MANUAL_REVIEW -> SUCCESS; order FULFILLMENTS_SUCCESSFUL", at));
        List<HistoryEntry> entries = history.history(ACME, new MerchantOrderId("ord-1"));
        assertThat(entries).extracting(HistoryEntry::kind).containsExactly("STATUS", "STATUS", "STATUS",
                "OPERATOR", "STATUS", "STATUS", "STATUS");
        assertThat(entries.get(3).text()).startsWith("RESOLVE_REVIEW " + ReviewOrders.firstTransaction(order)
                + " by asha: bank confirmed UTR 123");
        assertThat(entries.get(6).text()).isEqualTo("ORDER " + order.id().value() + " FULFILLMENTS_SUCCESSFUL");
        assertThat(entries).extracting(HistoryEntry::at).isSorted();
    }

    @Test
    void aTransactionNotInReviewIsRefusedAndNothingChanges() {
        Order order = inReview("ord-1");
        resolver.resolve(command(order, TransactionStatus.SUCCESS));
        OrderWork before = store.work(ACME, order.id()).orElseThrow();

        assertThatThrownBy(() -> resolver.resolve(command(order, TransactionStatus.FAILURE)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("SUCCESS");

        assertThat(store.work(ACME, order.id())).contains(before);
        assertThat(store.loadTrail(ACME, new MerchantOrderId("ord-1")).orElseThrow().actions()).hasSize(1);
    }

    @Test
    void anUnknownTransactionOrAnotherMerchantsIsNotFound() {
        Order order = inReview("ord-1");
        TransactionId second = order.fulfillments().get(0).id().transaction(2);

        assertThatThrownBy(() -> resolver.resolve(new ResolveReviewCommand(ACME, second, TransactionStatus.SUCCESS,
                "r", "asha"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resolver.resolve(new ResolveReviewCommand(OTHER,
                ReviewOrders.firstTransaction(order), TransactionStatus.SUCCESS, "r", "asha")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resolver.resolve(new ResolveReviewCommand(ACME,
                new TransactionId("0".repeat(30) + "-f1-t1"), TransactionStatus.SUCCESS, "r", "asha")))
                .isInstanceOf(NotFoundException.class);
        assertThat(stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        assertThatThrownBy(() -> history.history(OTHER, new MerchantOrderId("ord-1")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSaveThatLostTheVersionIsRetriedOnTheNewerOrder() {
        Order order = inReview("ord-1");
        AtomicInteger calls = new AtomicInteger();
        OperatorActionPort racing = new Racing(calls, 1);
        ResolveReviewService service = new ResolveReviewService(store, racing, composer, clock);

        service.resolve(command(order, TransactionStatus.SUCCESS));

        assertThat(calls).hasValue(2);
        assertThat(stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(store.loadTrail(ACME, new MerchantOrderId("ord-1")).orElseThrow().actions()).hasSize(1);
        assertThat(newCallbacks(order, 0)).hasSize(3);
    }

    @Test
    void anOrderThatKeepsChangingIsAConflictWithNothingWritten() {
        Order order = inReview("ord-1");
        ResolveReviewService service = new ResolveReviewService(store, new Racing(new AtomicInteger(), 100),
                composer, clock);

        assertThatThrownBy(() -> service.resolve(command(order, TransactionStatus.SUCCESS)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("try again");

        assertThat(stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        assertThat(store.loadTrail(ACME, new MerchantOrderId("ord-1")).orElseThrow().actions()).isEmpty();
        assertThat(store.callbacks(ACME, order.id())).isEmpty();
    }

    @Test
    void theCommandRefusesOtherOutcomesAndMissingOrLongReasonsAndOperators() {
        TransactionId t = new TransactionId("0".repeat(30) + "-f1-t1");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, t, TransactionStatus.PENDING, "r", "asha"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outcome");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, t, null, "r", "asha"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outcome");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, t, TransactionStatus.SUCCESS, " ", "asha"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, t, TransactionStatus.SUCCESS, "x".repeat(501), "a"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, t, TransactionStatus.SUCCESS, "r", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("operator");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, t, TransactionStatus.SUCCESS, "r", "o".repeat(101)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("operator");
        assertThatThrownBy(() -> new ResolveReviewCommand(ACME, null, TransactionStatus.SUCCESS, "r", "asha"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("transaction");
        assertThat(new ResolveReviewCommand(ACME, t, TransactionStatus.FAILURE, " r ", " asha ").operator())
                .isEqualTo("asha");
    }

    @Test
    void aLongReasonIsCutInTheGatewayDescriptionButKeptWholeInTheAuditRow() {
        Order order = inReview("ord-1");
        String reason = "r".repeat(500);

        Transaction t = resolver.resolve(new ResolveReviewCommand(ACME, ReviewOrders.firstTransaction(order),
                TransactionStatus.SUCCESS, reason, "asha")).transaction();

        assertThat(t.gatewayResponse().responseDescription()).hasSize(500).startsWith("resolved by asha: rrr")
                .endsWith("...");
        assertThat(store.loadTrail(ACME, new MerchantOrderId("ord-1")).orElseThrow().actions().get(0).reason())
                .isEqualTo(reason);
    }

    /** The store, but the engine saves the order (bumping its version) just before the first {@code races} saves. */
    private final class Racing implements OperatorActionPort {
        private final AtomicInteger calls;
        private final int races;

        Racing(AtomicInteger calls, int races) {
            this.calls = calls;
            this.races = races;
        }

        @Override
        public long saveProgressWithAction(OrderWork before, Order after, List<StatusEvent> events,
                                           List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                           OperatorAction action) {
            if (calls.incrementAndGet() <= races) {
                OrderWork now = store.work(ACME, before.order().id()).orElseThrow();
                store.saveProgress(now, now.order(), List.of(), List.of(), now.work(), Lease.RELEASE);
            }
            return store.saveProgressWithAction(before, after, events, callbacks, work, action);
        }

        @Override
        public Optional<OrderTrail> loadTrail(MerchantId merchantId, MerchantOrderId merchantOrderId) {
            return store.loadTrail(merchantId, merchantOrderId);
        }
    }
}
