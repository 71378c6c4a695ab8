package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.orderCallback;
import static io.payout.adapters.persistence.TestCallbacks.refundCallback;
import static io.payout.adapters.persistence.TestPayments.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.collection.port.CollectionWorkPort.RefundCandidate;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundDecision;
import io.payout.domain.collection.RefundStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store behind {@link CollectionWorkPort} must do: payments inserted with their orders, claimed and leased
 * through their due time, saved alone or with their order's progress; the refund check a final save makes due, done
 * once; refunds claimed and saved with their callbacks numbered on in the order's outbox; each merchant seeing only
 * its own.
 */
abstract class CollectionWorkContract {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");
    static final Instant NOW = TestOrders.NOW;
    static final Instant LEASE_END = NOW.plusSeconds(300);
    static final Instant FAR = NOW.plus(Duration.ofDays(3650));

    /** The ports of one store (or database) under test. */
    protected record Stores(SaveOrderPort orders, OrderWorkPort work, CollectionWorkPort collection,
                            CallbackOutboxPort outbox) {
    }

    /** A stored Pay and Fulfill order with its payment, as a test last wrote them. */
    protected record Placed(Order order, Payment payment) {
    }

    protected SaveOrderPort orders;
    protected OrderWorkPort work;
    protected CollectionWorkPort collection;
    protected CallbackOutboxPort outbox;

    /** A new empty store in which merchants {@link #ALPHA} and {@link #BETA} may have orders. */
    protected abstract Stores newStores();

    @BeforeEach
    void openStores() {
        Stores stores = newStores();
        orders = stores.orders();
        work = stores.work();
        collection = stores.collection();
        outbox = stores.outbox();
    }

    @Test
    void payAndFulfillOrderIsStoredWithItsPaymentDueAndItsFulfillmentsNot() {
        Placed p = place(ALPHA, "order-1", NOW);

        assertThat(collection.findPayment(ALPHA, p.order().id())).contains(p.payment());
        assertThat(stored(p.order()).work()).isEmpty();
        assertThat(work.claimDueOrders("w1", FAR, FAR.plusSeconds(60), 10)).isEmpty();
        assertThat(collection.claimDuePayments(NOW, LEASE_END, 10)).containsExactly(p.payment());
    }

    @Test
    void orderWrittenWithoutAPaymentHasNone() {
        Order order = TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"));

        assertThat(orders.insertNewOrder(order, "fp-1", null, null, null)).isTrue();

        assertThat(collection.findPayment(ALPHA, order.id())).isEmpty();
        assertThat(collection.claimDuePayments(FAR, FAR.plusSeconds(60), 10)).isEmpty();
        assertThat(OrderWorkContract.orderIds(work.claimDueOrders("w1", NOW, LEASE_END, 10)))
                .containsExactly(order.id());
    }

    @Test
    void duplicateCreateWritesNeitherTheOrderNorItsPayment() {
        Placed first = place(ALPHA, "order-1", NOW);
        Order second = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", "order-1", "7.00"), NOW);

        assertThat(orders.insertNewOrder(second, "fp-2", null, TestPayments.open(second, "po-second", NOW), NOW))
                .isFalse();

        assertThat(collection.findPayment(ALPHA, second.id())).isEmpty();
        assertThat(collection.claimDuePayments(NOW, LEASE_END, 10)).containsExactly(first.payment());
    }

    @Test
    void paymentIsClaimedOnceDueAndHeldUntilItsLeaseRunsOut() {
        Placed p = place(ALPHA, "order-1", NOW.plusSeconds(10));

        assertThat(collection.claimDuePayments(NOW.plusSeconds(9), LEASE_END, 10)).isEmpty();
        assertThat(collection.claimDuePayments(NOW.plusSeconds(10), LEASE_END, 10)).containsExactly(p.payment());
        assertThat(collection.claimDuePayments(LEASE_END.minusNanos(1000), FAR, 10)).isEmpty();
        assertThat(collection.claimDuePayments(LEASE_END, FAR, 10)).containsExactly(p.payment());
    }

    @Test
    void limitTakesTheEarliestDuePaymentsFirst() {
        Map<Integer, Placed> byAge = new HashMap<>();
        for (int i : new int[] {2, 0, 3, 1}) {
            byAge.put(i, place(ALPHA, "order-" + i, NOW.minusSeconds(10 - i)));
        }

        assertThat(collection.claimDuePayments(NOW, LEASE_END, 3)).containsExactly(byAge.get(0).payment(),
                byAge.get(1).payment(), byAge.get(2).payment());
        assertThat(collection.claimDuePayments(NOW, LEASE_END, 3)).containsExactly(byAge.get(3).payment());
    }

    @Test
    void savedPaymentRoundTripsAndIsDueAtItsNextDueTime() {
        Placed p = place(ALPHA, "order-1", NOW);
        collection.claimDuePayments(NOW, LEASE_END, 10);
        Payment awaiting = p.payment().awaiting("NEW", new PaymentLinks("https://pay.example/w/1",
                        "upi://pay?pa=m@bank&am=5.00", "https://pay.example/i/1"), NOW.plusSeconds(1))
                .withError("provider timed out", NOW.plusSeconds(2));

        collection.savePayment(awaiting, NOW.plusSeconds(30));

        assertThat(collection.findPayment(ALPHA, p.order().id())).contains(awaiting);
        assertThat(collection.claimDuePayments(NOW.plusSeconds(29), LEASE_END, 10)).isEmpty();
        assertThat(collection.claimDuePayments(NOW.plusSeconds(30), LEASE_END, 10)).containsExactly(awaiting);
    }

    @Test
    void paymentWithNothingMoreToDoOrFinalIsNeverClaimed() {
        Placed open = place(ALPHA, "order-open", NOW);
        Placed expired = place(ALPHA, "order-expired", NOW);

        collection.savePayment(open.payment().awaiting("NEW", null, NOW), null);
        collection.savePayment(expired.payment().expired(NOW), NOW);

        assertThat(collection.claimDuePayments(FAR, FAR.plusSeconds(60), 10)).isEmpty();
        assertThat(collection.findPayment(ALPHA, expired.order().id())).contains(expired.payment().expired(NOW));
    }

    @Test
    void aFinalPaymentIsNeverChangedByAStaleWrite() {
        Placed p = place(ALPHA, "order-1", NOW);
        Instant t = NOW.plusSeconds(5);
        OrderWork before = stored(p.order());
        OrderProgress ready = ready(before.order(), t);
        Payment charged = p.payment().charged(p.payment().amount(), "CHARGED", t);
        collection.savePaymentAndOrder(charged, before, ready.order(), ready.events(), List.of(),
                dueAt(ready.order(), t));

        collection.savePayment(p.payment().awaiting("NEW", null, t.plusSeconds(1)), t.plusSeconds(30));
        OrderWork now = stored(p.order());
        long stale = collection.savePaymentAndOrder(p.payment().expired(t.plusSeconds(2)), now, now.order(),
                List.of(), List.of(), now.work());

        assertThat(stale).isEqualTo(-1);
        assertThat(collection.findPayment(ALPHA, p.order().id())).contains(charged);
        assertThat(stored(p.order())).isEqualTo(now);
        assertThat(collection.claimDuePayments(FAR, FAR.plusSeconds(60), 10)).isEmpty();
    }

    @Test
    void savingAnUnknownPaymentIsRefused() {
        Order never = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"), NOW);

        assertThatThrownBy(() -> collection.savePayment(TestPayments.open(never, "po-never", NOW), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chargedPaymentMovesTheOrderToReadyForFulfillmentWithItsFulfillmentsDue() {
        Placed p = place(ALPHA, "order-1", NOW);
        OrderWork before = stored(p.order());
        Instant t = NOW.plusSeconds(5);
        Payment charged = p.payment().charged(p.payment().amount(), "CHARGED", t);
        OrderProgress ready = ready(before.order(), t);
        NewCallback callback = orderCallback(ready.order(), "READY_FOR_FULFILLMENT", t);

        long version = collection.savePaymentAndOrder(charged, before, ready.order(), ready.events(),
                List.of(callback), dueAt(ready.order(), t));

        assertThat(version).isEqualTo(before.version() + 1);
        assertThat(collection.findPayment(ALPHA, p.order().id())).contains(charged);
        assertThat(work.claimDueOrders("w1", t.minusNanos(1000), LEASE_END, 10)).isEmpty();
        assertThat(work.claimDueOrders("w1", t, LEASE_END, 10)).containsExactly(
                new OrderWork(ready.order(), null, dueAt(ready.order(), t), version + 1));
        assertThat(outbox.findByOrder(ALPHA, p.order().id()))
                .extracting(CallbackRecord::sequence, CallbackRecord::event)
                .containsExactly(tuple(1L, callback.event()));
        assertThat(collection.findRefundCandidates(10)).isEmpty();
    }

    @Test
    void savePaymentAndOrderWithAStaleVersionWritesNothingPaymentIncluded() {
        Placed p = place(ALPHA, "order-1", NOW);
        OrderWork lost = stored(p.order());
        assertThat(work.saveProgress(lost, lost.order(), List.of(), List.of(), lost.work(), Lease.RELEASE))
                .isEqualTo(lost.version() + 1);
        Instant t = NOW.plusSeconds(5);
        OrderProgress ready = ready(lost.order(), t);

        long version = collection.savePaymentAndOrder(p.payment().charged(p.payment().amount(), "CHARGED", t), lost,
                ready.order(), ready.events(), List.of(orderCallback(ready.order(), "READY_FOR_FULFILLMENT", t)),
                dueAt(ready.order(), t));

        assertThat(version).isEqualTo(-1);
        assertThat(collection.findPayment(ALPHA, p.order().id())).contains(p.payment());
        assertThat(collection.claimDuePayments(NOW, LEASE_END, 10)).containsExactly(p.payment());
        assertThat(stored(p.order())).isEqualTo(new OrderWork(p.order(), null, Map.of(), lost.version() + 1));
        assertThat(work.claimDueOrders("w1", FAR, FAR.plusSeconds(60), 10)).isEmpty();
        assertThat(outbox.findByOrder(ALPHA, p.order().id())).isEmpty();
    }

    @Test
    void paymentIsFoundOnlyByItsMerchantAndOnlyForItsOrder() {
        Placed p = place(ALPHA, "order-1", NOW);
        Order fulfillOnly = TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-2", "5.00"));
        orders.insertNewOrder(fulfillOnly, "fp-2");

        assertThat(collection.findPayment(BETA, p.order().id())).isEmpty();
        assertThat(collection.findPayment(ALPHA, fulfillOnly.id())).isEmpty();
        assertThat(collection.findPayment(ALPHA, new OrderId("0123456789abcdef0123456789abcd"))).isEmpty();
        assertThat(collection.findPayment(ALPHA, p.order().id())).isPresent();
    }

    @Test
    void makePaymentDueNowHurriesOnlyAnOpenPaymentOfThatProvider() {
        Placed open = place(ALPHA, "order-open", NOW.plusSeconds(3600));
        Placed charged = charged(ALPHA, "order-charged");
        Instant later = NOW.plusSeconds(1);

        assertThat(collection.makePaymentDueNow(PROVIDER, open.payment().providerOrderId(), later)).isTrue();
        assertThat(collection.makePaymentDueNow(PROVIDER, charged.payment().providerOrderId(), later)).isFalse();
        assertThat(collection.makePaymentDueNow("other-provider", open.payment().providerOrderId(), later))
                .isFalse();
        assertThat(collection.makePaymentDueNow(PROVIDER, "po-nobody", later)).isFalse();

        assertThat(collection.claimDuePayments(later, LEASE_END, 10)).containsExactly(open.payment());
        assertThat(collection.findPayment(ALPHA, charged.order().id())).contains(charged.payment());
    }

    @Test
    void makePaymentDueNowLeavesAnEarlierDueTime() {
        Placed p = place(ALPHA, "order-1", NOW);

        assertThat(collection.makePaymentDueNow(PROVIDER, p.payment().providerOrderId(), NOW.plusSeconds(60)))
                .isTrue();

        assertThat(collection.claimDuePayments(NOW, LEASE_END, 10)).containsExactly(p.payment());
    }

    @Test
    void finalSaveMakesTheChargedPaymentsRefundCheckDue() {
        Placed p = charged(ALPHA, "order-1");
        assertThat(collection.findRefundCandidates(10)).isEmpty();

        finish(p.order(), FulfillmentStatus.FAILURE, NOW.plusSeconds(20));

        OrderWork finished = stored(p.order());
        assertThat(finished.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(collection.findRefundCandidates(10))
                .containsExactly(new RefundCandidate(p.payment(), finished, List.of()));
    }

    @Test
    void saveToAStatusNotFinalOrOfAnUnchargedPaymentMakesNoRefundCheckDue() {
        Placed scheduled = charged(ALPHA, "order-scheduled");
        OrderWork s = stored(scheduled.order());
        Instant t = NOW.plusSeconds(20);
        work.saveProgress(s, s.order().withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, t), List.of(), List.of(),
                s.work(), Lease.RELEASE);
        Placed expired = place(ALPHA, "order-expired", NOW);
        OrderWork e = stored(expired.order());
        OrderProgress cancelled = allFulfillments(e.order(), FulfillmentStatus.CANCELLED, t);

        collection.savePaymentAndOrder(expired.payment().expired(t), e, cancelled.order(), cancelled.events(),
                List.of(), Map.of());

        assertThat(stored(expired.order()).order().status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
        assertThat(collection.findRefundCandidates(10)).isEmpty();
    }

    @Test
    void chargeSavedWithAnOrderThatBecomesFinalMakesTheRefundCheckDue() {
        Placed p = place(ALPHA, "order-1", NOW);
        OrderWork before = stored(p.order());
        Instant t = NOW.plusSeconds(5);
        OrderProgress cancelled = allFulfillments(before.order(), FulfillmentStatus.CANCELLED, t);
        Payment charged = p.payment().charged(p.payment().amount(), "CHARGED", t);

        collection.savePaymentAndOrder(charged, before, cancelled.order(), cancelled.events(), List.of(), Map.of());

        assertThat(collection.findRefundCandidates(10)).extracting(RefundCandidate::payment).containsExactly(charged);
    }

    @Test
    void decisionClearsTheCheckAndWritesTheRefundDueNowWithItsCallbacksNumberedOn() {
        Placed p = finished(ALPHA, "order-1");
        RefundCandidate c = collection.findRefundCandidates(10).get(0);
        Instant t = NOW.plusSeconds(30);
        Refund refund = decide(c, t);
        NewCallback callback = refundCallback(refund, "PENDING", t);

        assertThat(collection.decideRefund(c.payment(), refund, List.of(callback), t)).isTrue();

        assertThat(collection.findRefundCandidates(10)).isEmpty();
        assertThat(collection.refundsOf(ALPHA, p.order().id())).containsExactly(refund);
        assertThat(collection.claimDueRefunds(t.minusNanos(1000), LEASE_END, 10)).isEmpty();
        assertThat(collection.claimDueRefunds(t, LEASE_END, 10)).containsExactly(refund);
        assertThat(sequencesAndValues(p.order()))
                .containsExactly("1 READY_FOR_FULFILLMENT", "2 FULFILLMENTS_FAILURE", "3 PENDING");
        assertThat(outbox.findByOrder(ALPHA, p.order().id()).get(2).event()).isEqualTo(callback.event());
    }

    @Test
    void decisionWithoutARefundOnlyClearsTheCheck() {
        Placed p = finished(ALPHA, "order-1");
        RefundCandidate c = collection.findRefundCandidates(10).get(0);

        assertThat(collection.decideRefund(c.payment(), null, List.of(), NOW.plusSeconds(30))).isTrue();

        assertThat(collection.findRefundCandidates(10)).isEmpty();
        assertThat(collection.refundsOf(ALPHA, p.order().id())).isEmpty();
        assertThat(collection.claimDueRefunds(FAR, FAR.plusSeconds(60), 10)).isEmpty();
        assertThat(outbox.findByOrder(ALPHA, p.order().id())).hasSize(2);
    }

    @Test
    void secondDecisionFindsTheCheckDoneAndWritesNothing() {
        Placed p = finished(ALPHA, "order-1");
        RefundCandidate c = collection.findRefundCandidates(10).get(0);
        Instant t = NOW.plusSeconds(30);
        Refund first = decide(c, t);
        collection.decideRefund(c.payment(), first, List.of(refundCallback(first, "PENDING", t)), t);
        Refund second = Refund.decided(c.payment(), 2, Money.of("1.00"), "again", t);

        assertThat(collection.decideRefund(c.payment(), second, List.of(refundCallback(second, "PENDING", t)), t))
                .isFalse();

        assertThat(collection.refundsOf(ALPHA, p.order().id())).containsExactly(first);
        collection.saveRefund(first.answered(RefundStatus.SUCCESS, "rfnd-1", t), null,
                List.of(refundCallback(first, "SUCCESS", t)));
        assertThat(sequencesAndValues(p.order())).containsExactly("1 READY_FOR_FULFILLMENT",
                "2 FULFILLMENTS_FAILURE", "3 PENDING", "4 SUCCESS");
    }

    @Test
    void twoDecidersAtOnceDecideExactlyOnce() throws Exception {
        Placed p = finished(ALPHA, "order-1");
        RefundCandidate c = collection.findRefundCandidates(10).get(0);
        Instant t = NOW.plusSeconds(30);

        List<Boolean> decided = Race.run(4, i -> () -> {
            Refund refund = decide(c, t.plusSeconds(i));
            return collection.decideRefund(c.payment(), refund,
                    List.of(refundCallback(refund, "PENDING", t.plusSeconds(i))), t.plusSeconds(i));
        });

        assertThat(decided).containsOnlyOnce(true).hasSize(4);
        int winner = decided.indexOf(true);
        assertThat(collection.refundsOf(ALPHA, p.order().id())).containsExactly(decide(c, t.plusSeconds(winner)));
        assertThat(outbox.findByOrder(ALPHA, p.order().id())).hasSize(3)
                .last().extracting(r -> r.event().occurredAt()).isEqualTo(t.plusSeconds(winner));
        assertThat(collection.findRefundCandidates(10)).isEmpty();
    }

    @Test
    void laterChangeToAnotherFinalStatusMakesTheCheckDueAgainWithTheRefundsSoFar() {
        Placed p = finished(ALPHA, "order-1");
        RefundCandidate c = collection.findRefundCandidates(10).get(0);
        Instant t = NOW.plusSeconds(30);
        Refund first = decide(c, t);
        collection.decideRefund(c.payment(), first, List.of(), t);
        OrderWork same = stored(p.order());
        work.saveProgress(same, same.order(), List.of(), List.of(), same.work(), Lease.RELEASE);
        assertThat(collection.findRefundCandidates(10)).isEmpty();

        finish(p.order(), FulfillmentStatus.SUCCESS, t.plusSeconds(10));

        OrderWork succeeded = stored(p.order());
        assertThat(succeeded.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(collection.findRefundCandidates(10))
                .containsExactly(new RefundCandidate(c.payment(), succeeded, List.of(first)));
    }

    @Test
    void refundCandidatesAreLimited() {
        for (int i = 0; i < 3; i++) {
            finished(ALPHA, "order-" + i);
        }

        assertThat(collection.findRefundCandidates(2)).hasSize(2);
        assertThat(collection.findRefundCandidates(10)).hasSize(3);
    }

    @Test
    void refundsAreClaimedEarliestFirstAndHeldUntilTheirLeaseRunsOut() {
        List<Refund> byAge = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byAge.add(decided(ALPHA, "order-" + i, NOW.plusSeconds(30 + i)));
        }
        Instant now = NOW.plusSeconds(40);

        assertThat(collection.claimDueRefunds(now, LEASE_END, 2)).containsExactly(byAge.get(0), byAge.get(1));
        assertThat(collection.claimDueRefunds(now, LEASE_END, 2)).containsExactly(byAge.get(2));
        assertThat(collection.claimDueRefunds(LEASE_END.minusNanos(1000), FAR, 10)).isEmpty();
        assertThat(collection.claimDueRefunds(LEASE_END, FAR, 10)).containsExactlyElementsOf(byAge);
    }

    @Test
    void savedRefundKeepsItsStateIsDueAtItsNextDueTimeAndItsCallbacksAreNumberedOn() {
        Refund refund = decided(ALPHA, "order-1", NOW.plusSeconds(30));
        collection.claimDueRefunds(NOW.plusSeconds(30), LEASE_END, 10);
        Instant t = NOW.plusSeconds(31);
        Refund pending = refund.answered(RefundStatus.PENDING, "rfnd-77", t);

        collection.saveRefund(pending, t.plusSeconds(60), List.of());

        assertThat(collection.refundsOf(ALPHA, refund.orderId())).containsExactly(pending);
        assertThat(collection.claimDueRefunds(t.plusSeconds(59), FAR, 10)).isEmpty();
        assertThat(collection.claimDueRefunds(t.plusSeconds(60), FAR, 10)).containsExactly(pending);

        Refund done = pending.answered(RefundStatus.SUCCESS, null, t.plusSeconds(61));
        collection.saveRefund(done, t.plusSeconds(120), List.of(refundCallback(done, "SUCCESS", t.plusSeconds(61))));

        assertThat(collection.refundsOf(ALPHA, refund.orderId())).containsExactly(done);
        assertThat(done.providerRefundId()).isEqualTo("rfnd-77");
        assertThat(collection.claimDueRefunds(FAR, FAR.plusSeconds(60), 10)).isEmpty();
        Order order = stored(ALPHA, refund.orderId());
        assertThat(sequencesAndValues(order)).containsExactly("1 READY_FOR_FULFILLMENT", "2 FULFILLMENTS_FAILURE",
                "3 PENDING", "4 SUCCESS");
    }

    @Test
    void aFinalRefundIsNeverChangedAndAStaleWriteSendsNoCallback() {
        Refund refund = decided(ALPHA, "order-1", NOW.plusSeconds(30));
        Instant t = NOW.plusSeconds(31);
        Refund done = refund.answered(RefundStatus.SUCCESS, "rfnd-1", t);
        collection.saveRefund(done, null, List.of(refundCallback(done, "SUCCESS", t)));
        Order order = stored(ALPHA, refund.orderId());
        List<String> before = sequencesAndValues(order);

        Refund stale = refund.answered(RefundStatus.PENDING, "rfnd-1", t.plusSeconds(1));
        collection.saveRefund(stale, t.plusSeconds(60), List.of(refundCallback(stale, "FAILURE", t.plusSeconds(1))));

        assertThat(collection.refundsOf(ALPHA, refund.orderId())).containsExactly(done);
        assertThat(sequencesAndValues(order)).isEqualTo(before);
        assertThat(collection.claimDueRefunds(FAR, FAR.plusSeconds(60), 10)).isEmpty();
    }

    @Test
    void savingAnUnknownRefundOrAnotherMerchantsIsRefusedWritingNothing() {
        Refund refund = decided(ALPHA, "order-1", NOW.plusSeconds(30));
        Refund never = Refund.decided(collection.findPayment(ALPHA, refund.orderId()).orElseThrow(), 7,
                Money.of("1.00"), "never decided", NOW);
        Refund betas = new Refund(refund.id(), refund.orderId(), BETA, refund.provider(), refund.providerOrderId(),
                refund.amount(), RefundStatus.FAILURE, true, null, null, refund.createdAt(), NOW.plusSeconds(40));

        assertThatThrownBy(() -> collection.saveRefund(never, null, List.of(refundCallback(never, "SUCCESS", NOW))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> collection.saveRefund(betas, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(collection.refundsOf(ALPHA, refund.orderId())).containsExactly(refund);
        assertThat(outbox.findByOrder(ALPHA, refund.orderId())).hasSize(3);
    }

    @Test
    void refundsOfAnOrderComeOldestFirstAndOnlyToItsMerchant() {
        Placed p = finished(ALPHA, "order-1");
        Placed other = finished(ALPHA, "order-2");
        Payment payment = collection.findPayment(ALPHA, p.order().id()).orElseThrow();
        Instant t = NOW.plusSeconds(30);
        Refund first = Refund.decided(payment, 1, Money.of("2.00"), "first", t);
        collection.decideRefund(payment, first, List.of(), t);
        finish(p.order(), FulfillmentStatus.SUCCESS, t.plusSeconds(5));
        Refund second = Refund.decided(payment, 2, Money.of("3.00"), "second", t.plusSeconds(10));

        assertThat(collection.decideRefund(payment, second, List.of(), t.plusSeconds(10))).isTrue();

        assertThat(collection.refundsOf(ALPHA, p.order().id())).containsExactly(first, second);
        assertThat(collection.refundsOf(BETA, p.order().id())).isEmpty();
        assertThat(collection.refundsOf(ALPHA, other.order().id())).isEmpty();
    }

    @Test
    void twoClaimersAtOnceGetDisjointPayments() throws Exception {
        List<Payment> all = IntStream.range(0, 10).mapToObj(i -> place(ALPHA, "order-" + i, NOW.minusSeconds(i)))
                .map(Placed::payment).toList();

        List<List<Payment>> claims = Race.run(2, i -> () -> collection.claimDuePayments(NOW, LEASE_END, 5));

        List<Payment> both = new ArrayList<>(claims.get(0));
        both.addAll(claims.get(1));
        assertThat(both).isNotEmpty().doesNotHaveDuplicates().isSubsetOf(all);
        assertThat(claims).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void twoClaimersAtOnceGetDisjointRefunds() throws Exception {
        List<Refund> all = IntStream.range(0, 6).mapToObj(i -> decided(ALPHA, "order-" + i, NOW.plusSeconds(i)))
                .toList();

        List<List<Refund>> claims = Race.run(2, i -> () -> collection.claimDueRefunds(LEASE_END, FAR, 3));

        List<Refund> both = new ArrayList<>(claims.get(0));
        both.addAll(claims.get(1));
        assertThat(both).isNotEmpty().doesNotHaveDuplicates().isSubsetOf(all);
        assertThat(claims).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
    }

    /** A new Pay and Fulfill order of the merchant (one UPI fulfillment of 5.00), its payment due at {@code dueAt}. */
    protected Placed place(MerchantId merchant, String merchantOrderId, Instant dueAt) {
        Order order = TestPayments.payAndFulfill(SampleOrders.oneUpi(merchant.value(), merchantOrderId, "5.00"), NOW);
        Payment payment = TestPayments.open(order, "po-" + merchantOrderId, NOW);
        assertThat(orders.insertNewOrder(order, "fp-" + merchantOrderId, null, payment, dueAt)).isTrue();
        return new Placed(order, payment);
    }

    /** {@link #place}, charged at NOW + 5s: the order {@code READY_FOR_FULFILLMENT} with callback 1 saying so. */
    protected Placed charged(MerchantId merchant, String merchantOrderId) {
        Placed p = place(merchant, merchantOrderId, NOW);
        OrderWork before = stored(p.order());
        Instant t = NOW.plusSeconds(5);
        Payment charged = p.payment().charged(p.payment().amount(), "CHARGED", t);
        OrderProgress ready = ready(before.order(), t);
        assertThat(collection.savePaymentAndOrder(charged, before, ready.order(), ready.events(),
                List.of(orderCallback(ready.order(), "READY_FOR_FULFILLMENT", t)), dueAt(ready.order(), t)))
                .isPositive();
        return new Placed(ready.order(), charged);
    }

    /** {@link #charged}, then failed at NOW + 20s, with callback 2 saying so: its refund check is due. */
    protected Placed finished(MerchantId merchant, String merchantOrderId) {
        Placed p = charged(merchant, merchantOrderId);
        Order after = finish(p.order(), FulfillmentStatus.FAILURE, NOW.plusSeconds(20));
        return new Placed(after, p.payment());
    }

    /** {@link #finished}, with its whole amount's refund decided at {@code at} (callback 3 saying so). */
    protected Refund decided(MerchantId merchant, String merchantOrderId, Instant at) {
        Placed p = finished(merchant, merchantOrderId);
        RefundCandidate c = collection.findRefundCandidates(100).stream()
                .filter(candidate -> candidate.payment().orderId().equals(p.order().id())).findFirst().orElseThrow();
        Refund refund = decide(c, at);
        assertThat(collection.decideRefund(c.payment(), refund, List.of(refundCallback(refund, "PENDING", at)), at))
                .isTrue();
        return refund;
    }

    /** Saves the stored order with every fulfillment in {@code status}, and a callback of the order's new status. */
    protected Order finish(Order order, FulfillmentStatus status, Instant at) {
        OrderWork before = stored(order);
        OrderProgress progress = allFulfillments(before.order(), status, at);
        Order after = progress.order();
        assertThat(work.saveProgress(before, after, progress.events(),
                List.of(orderCallback(after, after.status().name(), at)), Map.of(), Lease.RELEASE)).isPositive();
        return after;
    }

    static Refund decide(RefundCandidate c, Instant at) {
        return RefundDecision.decide(c.order().order(), c.payment(), c.refunds(), true, at).orElseThrow();
    }

    static OrderProgress ready(Order order, Instant at) {
        OrderProgress progress = new OrderProgress(order, at);
        progress.setOrderStatus(OrderStatus.READY_FOR_FULFILLMENT);
        return progress;
    }

    static OrderProgress allFulfillments(Order order, FulfillmentStatus status, Instant at) {
        OrderProgress progress = new OrderProgress(order, at);
        for (Fulfillment f : order.fulfillments()) {
            progress.setFulfillmentStatus(f.id(), status);
        }
        return progress;
    }

    /** Every fulfillment of the order due at {@code at}. */
    static Map<FulfillmentId, NextWork> dueAt(Order order, Instant at) {
        Map<FulfillmentId, NextWork> due = new HashMap<>();
        order.fulfillments().forEach(f -> due.put(f.id(), NextWork.at(at)));
        return due;
    }

    protected OrderWork stored(Order order) {
        return work.findByFulfillment(order.merchantId(), order.fulfillments().get(0).id()).orElseThrow();
    }

    private Order stored(MerchantId merchant, OrderId orderId) {
        return work.findByFulfillment(merchant, orderId.fulfillment(1)).orElseThrow().order();
    }

    /** The order's callbacks as "sequence value", by sequence. */
    protected List<String> sequencesAndValues(Order order) {
        return outbox.findByOrder(order.merchantId(), order.id()).stream()
                .map(r -> r.sequence() + " " + r.event().value()).toList();
    }
}
