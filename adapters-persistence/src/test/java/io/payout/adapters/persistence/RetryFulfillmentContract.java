package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.orderCallback;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.NewCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.collection.port.CollectionWorkPort.RefundCandidate;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.operator.port.RetryFulfillmentPort;
import io.payout.application.operator.port.RetryFulfillmentPort.Outcome;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OperatorRetry;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store behind {@link RetryFulfillmentPort} must do: write an operator's retry with its audit row only
 * when the order is as read, no engine instance holds it and its payment was not refunded; and take turns with a
 * refund decision on a Pay and Fulfill order, so that never both happen.
 */
abstract class RetryFulfillmentContract {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");
    static final Instant NOW = TestOrders.NOW;
    static final MethodId UPI = new MethodId("DUMMY_UPI");

    /** The ports of one store (or database) under test. */
    protected record Stores(SaveOrderPort orders, OrderWorkPort work, CollectionWorkPort collection,
                            CallbackOutboxPort outbox, OperatorActionPort actions, RetryFulfillmentPort retries) {
    }

    private Stores s;

    /** A new empty store in which merchants {@link #ALPHA} and {@link #BETA} may have orders. */
    protected abstract Stores newStores();

    @BeforeEach
    void openStores() {
        s = newStores();
    }

    private static FulfillmentId f1(Order order) {
        return order.fulfillments().get(0).id();
    }

    private OrderWork stored(Order order) {
        return s.work().findByFulfillment(order.merchantId(), f1(order)).orElseThrow();
    }

    /** Saves the stored order with its one fulfillment failed after one attempt, at {@code at}. */
    private OrderWork failAt(Order order, Instant at) {
        OrderWork before = stored(order);
        OrderProgress p = new OrderProgress(before.order(), at);
        Transaction t = Transaction.created(f1(order).transaction(before.order().fulfillments().get(0)
                .transactions().size() + 1), UPI, order.amount(), at);
        p.putTransaction(f1(order), t, TransactionStatus.FAILURE, GatewayResponse.NONE);
        p.setFulfillmentStatus(f1(order), FulfillmentStatus.FAILURE);
        assertThat(s.work().saveProgress(before, p.order(), p.events(), List.of(), Map.of(f1(order), NextWork.NONE),
                Lease.RELEASE)).isPositive();
        return stored(order);
    }

    /** A Fulfill Only order of {@code merchant} failed at NOW + 10s. */
    private OrderWork failedOrder(MerchantId merchant, String merchantOrderId) {
        Order order = TestOrders.accepted(SampleOrders.oneUpi(merchant.value(), merchantOrderId, "30.00"));
        assertThat(s.orders().insertNewOrder(order, "fp-" + merchantOrderId, null)).isTrue();
        return failAt(order, NOW.plusSeconds(10));
    }

    /** A Pay and Fulfill order of {@link #ALPHA}, charged at NOW + 5s and failed at NOW + 10s: its refund check is due. */
    private OrderWork failedPayAndFulfill(String merchantOrderId) {
        Order order = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", merchantOrderId, "30.00"), NOW);
        Payment open = TestPayments.open(order, "po-" + merchantOrderId, NOW);
        assertThat(s.orders().insertNewOrder(order, "fp-" + merchantOrderId, null, open, NOW)).isTrue();
        OrderWork created = stored(order);
        Instant t = NOW.plusSeconds(5);
        OrderProgress ready = new OrderProgress(created.order(), t);
        ready.setOrderStatus(OrderStatus.READY_FOR_FULFILLMENT);
        assertThat(s.collection().savePaymentAndOrder(open.charged(open.amount(), "CHARGED", t), created,
                ready.order(), ready.events(), List.of(), Map.of(f1(order), NextWork.at(t)))).isPositive();
        return failAt(order, NOW.plusSeconds(10));
    }

    /** The retry an operator makes at {@code at}: the fulfillment reopened, due at once, and its audit row. */
    private record Retry(OrderProgress progress, Map<FulfillmentId, NextWork> work, OperatorAction action,
                         List<NewCallback> callbacks) {
    }

    private static Retry retry(OrderWork before, Instant at) {
        Order order = before.order();
        OrderProgress progress = new OrderProgress(order, at);
        OperatorRetry.reopen(progress, f1(order));
        return new Retry(progress, Map.of(f1(order), new NextWork(at, UPI)), new OperatorAction(order.merchantId(),
                order.id(), OperatorAction.RETRY_FULFILLMENT, f1(order).value(), "asha", "bank fixed", "details", at),
                List.of(orderCallback(progress.order(), "FULFILLMENTS_SCHEDULED", at)));
    }

    private Outcome save(OrderWork before, Retry r, Instant now) {
        return s.retries().saveRetry(before, r.progress().order(), r.progress().events(), r.callbacks(), r.work(),
                r.action(), now);
    }

    private List<OperatorAction> actions(Order order) {
        return s.actions().loadTrail(order.merchantId(), order.merchantOrderId()).orElseThrow().actions();
    }

    @Test
    void aRetryIsWrittenWithItsEventsCallbacksWorkAndAuditRow() {
        OrderWork before = failedOrder(ALPHA, "order-1");
        Instant at = NOW.plusSeconds(60);
        Retry r = retry(before, at);
        int callbacks = s.outbox().findByOrder(ALPHA, before.order().id()).size();

        assertThat(save(before, r, at)).isEqualTo(Outcome.SAVED);

        OrderWork after = stored(before.order());
        assertThat(after.order()).isEqualTo(r.progress().order());
        assertThat(after.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
        assertThat(after.workOf(f1(before.order()))).isEqualTo(new NextWork(at, UPI));
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(actions(before.order())).containsExactly(r.action());
        assertThat(s.outbox().findByOrder(ALPHA, before.order().id())).hasSize(callbacks + 1);
        assertThat(s.actions().loadTrail(ALPHA, before.order().merchantOrderId()).orElseThrow().events())
                .endsWith(r.progress().events().toArray(new io.payout.domain.attempt.StatusEvent[0]));
        List<OrderWork> due = s.work().claimDueOrders("engine-1", at, at.plusSeconds(30), 10);
        assertThat(due).extracting(w -> w.order().id()).containsExactly(before.order().id());
    }

    @Test
    void aStaleVersionWritesNothing() {
        OrderWork before = failedOrder(ALPHA, "order-1");
        OrderWork moved = failAt(before.order(), NOW.plusSeconds(20));

        assertThat(save(before, retry(before, NOW.plusSeconds(60)), NOW.plusSeconds(60))).isEqualTo(Outcome.STALE);

        assertThat(stored(before.order())).isEqualTo(moved);
        assertThat(actions(before.order())).isEmpty();
    }

    @Test
    void anOrderAnEngineInstanceHoldsIsNotWrittenUntilTheClaimRunsOut() {
        OrderWork failed = failedOrder(ALPHA, "order-1");
        OrderProgress due = new OrderProgress(failed.order(), NOW.plusSeconds(11));
        assertThat(s.work().saveProgress(failed, due.order(), List.of(), List.of(),
                Map.of(f1(failed.order()), NextWork.at(NOW.plusSeconds(30))), Lease.RELEASE)).isPositive();
        Instant leaseEnd = NOW.plusSeconds(90);
        OrderWork claimed = s.work().claimDueOrders("engine-1", NOW.plusSeconds(30), leaseEnd, 10).get(0);
        int callbacks = s.outbox().findByOrder(ALPHA, failed.order().id()).size();

        Instant during = leaseEnd.minusSeconds(1);
        assertThat(save(claimed, retry(claimed, during), during)).isEqualTo(Outcome.CLAIMED);

        assertThat(stored(failed.order())).isEqualTo(claimed);
        assertThat(actions(failed.order())).isEmpty();
        assertThat(s.outbox().findByOrder(ALPHA, failed.order().id())).hasSize(callbacks);
        assertThat(s.work().claimDueOrders("engine-2", during, during.plusSeconds(60), 10)).isEmpty();

        assertThat(save(claimed, retry(claimed, leaseEnd), leaseEnd)).isEqualTo(Outcome.SAVED);
    }

    @Test
    void aRefundedPayAndFulfillOrderIsNotRetried() {
        OrderWork failed = failedPayAndFulfill("order-1");
        RefundCandidate c = s.collection().findRefundCandidates(10).get(0);
        Instant t = NOW.plusSeconds(30);
        Refund refund = RefundDecision.decide(c.order().order(), c.payment(), c.refunds(), true, t).orElseThrow();
        assertThat(s.collection().decideRefund(c.payment(), refund, List.of(), t)).isTrue();

        assertThat(save(failed, retry(failed, NOW.plusSeconds(60)), NOW.plusSeconds(60)))
                .isEqualTo(Outcome.REFUNDED);

        assertThat(stored(failed.order())).isEqualTo(failed);
        assertThat(actions(failed.order())).isEmpty();
        assertThat(s.collection().refundsOf(ALPHA, failed.order().id())).containsExactly(refund);
    }

    @Test
    void aRetryCancelsTheDueRefundCheckSoADecisionOnTheStaleFinalStatusWritesNothing() {
        OrderWork failed = failedPayAndFulfill("order-1");
        RefundCandidate stale = s.collection().findRefundCandidates(10).get(0);
        Refund refund = RefundDecision.decide(stale.order().order(), stale.payment(), stale.refunds(), true,
                NOW.plusSeconds(61)).orElseThrow();

        assertThat(save(failed, retry(failed, NOW.plusSeconds(60)), NOW.plusSeconds(60))).isEqualTo(Outcome.SAVED);

        assertThat(s.collection().findRefundCandidates(10)).isEmpty();
        assertThat(s.collection().decideRefund(stale.payment(), refund, List.of(), NOW.plusSeconds(61))).isFalse();
        assertThat(s.collection().refundsOf(ALPHA, failed.order().id())).isEmpty();

        failAt(failed.order(), NOW.plus(Duration.ofMinutes(5)));
        assertThat(s.collection().findRefundCandidates(10)).extracting(RefundCandidate::payment)
                .containsExactly(stale.payment());
    }

    @Test
    void aRefundDecisionAndARetryAtOnceNeverBothHappen() throws Exception {
        for (int round = 0; round < 10; round++) {
            OrderWork failed = failedPayAndFulfill("order-race-" + round);
            RefundCandidate c = s.collection().findRefundCandidates(10).get(0);
            Instant t = NOW.plusSeconds(60);
            Refund refund = RefundDecision.decide(c.order().order(), c.payment(), c.refunds(), true, t).orElseThrow();
            Retry r = retry(failed, t);

            List<Boolean> won = Race.run(2, i -> () -> i == 0
                    ? s.collection().decideRefund(c.payment(), refund, List.of(), t)
                    : save(failed, r, t) == Outcome.SAVED);

            assertThat(won).as("round %d: refund decided, retry saved", round).containsExactlyInAnyOrder(true, false);
            boolean refunded = !s.collection().refundsOf(ALPHA, failed.order().id()).isEmpty();
            boolean retried = !actions(failed.order()).isEmpty();
            assertThat(refunded).isEqualTo(won.get(0)).isNotEqualTo(retried);
            assertThat(stored(failed.order()).order().status()).isEqualTo(retried
                    ? OrderStatus.FULFILLMENTS_SCHEDULED : OrderStatus.FULFILLMENTS_FAILURE);
        }
    }

    @Test
    void anotherMerchantsOrderOfTheSameIdIsUntouched() {
        OrderWork alpha = failedOrder(ALPHA, "order-1");
        OrderWork beta = failedOrder(BETA, "order-1");

        assertThat(save(alpha, retry(alpha, NOW.plusSeconds(60)), NOW.plusSeconds(60))).isEqualTo(Outcome.SAVED);

        assertThat(stored(beta.order())).isEqualTo(beta);
        assertThat(actions(beta.order())).isEmpty();
    }
}
