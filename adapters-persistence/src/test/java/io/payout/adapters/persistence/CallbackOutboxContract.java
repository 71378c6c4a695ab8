package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.MERCHANT_HOOK;
import static io.payout.adapters.persistence.TestCallbacks.OTHER_HOOK;
import static io.payout.adapters.persistence.TestCallbacks.TOOK;
import static io.payout.adapters.persistence.TestCallbacks.attempt;
import static io.payout.adapters.persistence.TestCallbacks.callbackId;
import static io.payout.adapters.persistence.TestCallbacks.delivered;
import static io.payout.adapters.persistence.TestCallbacks.failed;
import static io.payout.adapters.persistence.TestCallbacks.orderCallback;
import static io.payout.adapters.persistence.TestCallbacks.retryAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.OperatorNote;
import io.payout.application.operator.port.LoadOperatorLogPort;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.callback.CallbackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store behind {@link CallbackOutboxPort} must do with the callbacks {@link OrderWorkPort#saveProgress}
 * writes: claim only the head of each order, lease it through its next attempt time, record outcomes and attempts,
 * and deliver again on request, each merchant seeing only its own.
 */
abstract class CallbackOutboxContract {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");
    static final Instant T0 = TestOrders.NOW;
    static final Instant LEASE_END = T0.plusSeconds(60);
    static final Set<String> NONE_BUSY = Set.of();

    /** The ports of one store (or database) under test. */
    protected record Stores(SaveOrderPort orders, OrderWorkPort work, CallbackOutboxPort outbox,
                            OperatorActionPort history, LoadOperatorLogPort operatorLog) {
    }

    private SaveOrderPort orders;
    private OrderWorkPort work;
    protected CallbackOutboxPort outbox;
    private OperatorActionPort history;
    private LoadOperatorLogPort operatorLog;

    /** A new empty store in which merchants {@link #ALPHA} and {@link #BETA} may have orders. */
    protected abstract Stores newStores();

    @BeforeEach
    void openStores() {
        Stores stores = newStores();
        orders = stores.orders();
        work = stores.work();
        outbox = stores.outbox();
        history = stores.history();
        operatorLog = stores.operatorLog();
    }

    @Test
    void writtenCallbacksArePendingAndDueAtTheirEventNumberedOnInTheirOrder() {
        Order order = newOrder(ALPHA, "order-1");
        NewCallback scheduled = orderCallback(order, "FULFILLMENTS_SCHEDULED", T0.plusSeconds(1));
        NewCallback succeeded = orderCallback(order, "FULFILLMENTS_SUCCESSFUL", T0.plusSeconds(2));
        NewCallback again = orderCallback(OTHER_HOOK, order, "FULFILLMENTS_SUCCESSFUL", T0.plusSeconds(3));

        write(order, scheduled, succeeded);
        write(order, again);

        assertThat(outbox.findByOrder(ALPHA, order.id())).containsExactly(
                pendingRecord(order, 1, scheduled), pendingRecord(order, 2, succeeded), pendingRecord(order, 3, again));
    }

    @Test
    void claimGivesTheHeadOfEachDueOrderEarliestFirst() {
        Order a = newOrder(ALPHA, "order-a");
        Order b = newOrder(BETA, "order-b");
        Order later = newOrder(ALPHA, "order-later");
        NewCallback headOfA = orderCallback(a, "FULFILLMENTS_SCHEDULED", T0.plusSeconds(2));
        write(a, headOfA, orderCallback(a, "FULFILLMENTS_SUCCESSFUL", T0.plusSeconds(3)));
        write(b, orderCallback(b, "FULFILLMENTS_SCHEDULED", T0.plusSeconds(1)),
                orderCallback(b, "FULFILLMENTS_FAILURE", T0.plusSeconds(4)));
        write(later, orderCallback(later, "FULFILLMENTS_SCHEDULED", T0.plusSeconds(10)));

        List<PendingCallback> claimed = outbox.claimDue(T0.plusSeconds(5), LEASE_END, 10, NONE_BUSY);

        assertThat(ids(claimed)).containsExactly(callbackId(b, 1), callbackId(a, 1));
        assertThat(claimed.get(1)).isEqualTo(new PendingCallback(callbackId(a, 1), ALPHA, a.id(), 1,
                headOfA.event(), headOfA.info(), MERCHANT_HOOK, 0, 0));
    }

    @Test
    void limitTakesTheEarliestDueHeads() {
        List<Order> byAge = IntStream.range(0, 4).mapToObj(i -> newOrder(ALPHA, "order-" + i)).toList();
        for (int i : new int[] {2, 0, 3, 1}) {
            write(byAge.get(i), orderCallback(byAge.get(i), "FULFILLMENTS_SCHEDULED", T0.plusSeconds(i)));
        }

        assertThat(ids(outbox.claimDue(T0.plusSeconds(5), LEASE_END, 3, NONE_BUSY)))
                .containsExactly(callbackId(byAge.get(0), 1), callbackId(byAge.get(1), 1), callbackId(byAge.get(2), 1));
        assertThat(ids(outbox.claimDue(T0.plusSeconds(5), LEASE_END, 3, NONE_BUSY)))
                .containsExactly(callbackId(byAge.get(3), 1));
    }

    @Test
    void leasedHeadHoldsBackTheRestOfItsOrder() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");

        assertThat(ids(outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY))).containsExactly(callbackId(order, 1));

        assertThat(outbox.claimDue(T0.plusSeconds(1), LEASE_END, 10, NONE_BUSY)).isEmpty();
        CallbackRecord head = outbox.find(ALPHA, callbackId(order, 1)).orElseThrow();
        assertThat(head.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(head.nextAttemptAt()).isEqualTo(LEASE_END);
    }

    @Test
    void headWhoseLeaseRunsOutIsClaimedAgainAsItWas() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        PendingCallback first = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0);

        assertThat(outbox.claimDue(LEASE_END.minusNanos(1000), LEASE_END.plusSeconds(60), 10, NONE_BUSY)).isEmpty();
        List<PendingCallback> again = outbox.claimDue(LEASE_END, LEASE_END.plusSeconds(60), 10, NONE_BUSY);

        assertThat(again).containsExactly(first);
        assertThat(first.id()).isEqualTo(callbackId(order, 1));
    }

    @Test
    void callbacksToBusyUrlsAreLeftAloneAndStillHoldBackTheirOrder() {
        Order a = newOrder(ALPHA, "order-a");
        Order b = newOrder(ALPHA, "order-b");
        write(a, orderCallback(MERCHANT_HOOK, a, "FULFILLMENTS_SCHEDULED", T0),
                orderCallback(OTHER_HOOK, a, "FULFILLMENTS_SUCCESSFUL", T0));
        write(b, orderCallback(OTHER_HOOK, b, "FULFILLMENTS_SCHEDULED", T0.plusSeconds(1)));

        assertThat(ids(outbox.claimDue(T0.plusSeconds(5), LEASE_END, 10, Set.of(MERCHANT_HOOK.url()))))
                .containsExactly(callbackId(b, 1));
        assertThat(ids(outbox.claimDue(T0.plusSeconds(5), LEASE_END, 10, Set.of(OTHER_HOOK.url()))))
                .containsExactly(callbackId(a, 1));
    }

    @Test
    void deliveredHeadLetsTheNextCallbackOfItsOrderGo() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String head = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0).id();
        DeliveryOutcome outcome = delivered(head, T0.plusSeconds(1));

        outbox.record(List.of(outcome));

        CallbackRecord record = outbox.find(ALPHA, head).orElseThrow();
        assertThat(record.status()).isEqualTo(CallbackStatus.DELIVERED);
        assertThat(record.nextAttemptAt()).isNull();
        assertThat(record.deliveredAt()).isEqualTo(T0.plusSeconds(1).plus(TOOK));
        assertThat(record.attempts()).containsExactly(outcome.attempt());
        assertThat(ids(outbox.claimDue(T0.plusSeconds(2), LEASE_END, 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 2));
    }

    @Test
    void callbackWrittenWhileThePreviousOneIsLeasedWaitsForItsOutcome() {
        Order order = newOrder(ALPHA, "order-1");
        write(order, orderCallback(order, "FULFILLMENTS_SCHEDULED", T0));
        String first = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0).id();

        write(order, orderCallback(order, "FULFILLMENTS_SUCCESSFUL", T0.plusSeconds(1)));

        assertThat(outbox.claimDue(T0.plusSeconds(2), LEASE_END, 10, NONE_BUSY)).isEmpty();
        outbox.record(List.of(delivered(first, T0.plusSeconds(2))));
        assertThat(ids(outbox.claimDue(T0.plusSeconds(3), LEASE_END, 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 2));
    }

    @Test
    void callbackWrittenAfterThePreviousOneWasDeliveredIsDueAtOnce() {
        Order order = newOrder(ALPHA, "order-1");
        write(order, orderCallback(order, "FULFILLMENTS_SCHEDULED", T0));
        outbox.record(List.of(delivered(outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0).id(), T0)));

        write(order, orderCallback(order, "FULFILLMENTS_SUCCESSFUL", T0.plusSeconds(1)));

        assertThat(ids(outbox.claimDue(T0.plusSeconds(1), LEASE_END, 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 2));
    }

    @Test
    void redeliveredCallbackGoesOnItsOwnWithoutHoldingBackLaterOnes() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        outbox.record(List.of(delivered(callbackId(order, 1), T0)));
        outbox.record(List.of(delivered(callbackId(order, 2), T0)));
        write(order, orderCallback(order, "FULFILLMENTS_SUCCESSFUL", T0.plusSeconds(1)));
        Instant now = T0.plusSeconds(10);

        assertThat(outbox.redeliver(ALPHA, callbackId(order, 1), now, 16)).isTrue();

        assertThat(ids(outbox.claimDue(now, now.plusSeconds(60), 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 3), callbackId(order, 1));
    }

    @Test
    void callbackWrittenWhileTheLastOneIsRedeliveredWaitsForIt() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        outbox.record(List.of(delivered(callbackId(order, 1), T0), delivered(callbackId(order, 2), T0)));
        Instant now = T0.plusSeconds(10);
        outbox.redeliver(ALPHA, callbackId(order, 2), now, 16);

        write(order, orderCallback(order, "FULFILLMENTS_SUCCESSFUL", now));

        assertThat(ids(outbox.claimDue(now, now.plusSeconds(60), 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 2));
        outbox.record(List.of(delivered(callbackId(order, 2), now)));
        assertThat(ids(outbox.claimDue(now, now.plusSeconds(60), 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 3));
    }

    @Test
    void redeliverOfACallbackStillWaitingLeavesItInItsQueue() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");

        assertThat(outbox.redeliver(ALPHA, callbackId(order, 2), T0.plusSeconds(1), 16)).isTrue();

        assertThat(ids(outbox.claimDue(T0.plusSeconds(1), LEASE_END, 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 1));
        assertThat(outbox.find(ALPHA, callbackId(order, 2)).orElseThrow().status())
                .isEqualTo(CallbackStatus.PENDING);
    }

    @Test
    void twoOutcomesOfOneCallbackInABatchAreBothLoggedAndTheLaterOneStays() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String head = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0).id();
        DeliveryOutcome first = failed(head, T0.plusSeconds(1));
        DeliveryOutcome second = delivered(head, T0.plusSeconds(2));

        outbox.record(List.of(first, delivered(callbackId(orderWithTwoCallbacks(ALPHA, "order-2"), 1),
                T0.plusSeconds(1)), second));

        CallbackRecord record = outbox.find(ALPHA, head).orElseThrow();
        assertThat(record.attempts()).containsExactly(first.attempt(), second.attempt());
        assertThat(record.status()).isEqualTo(CallbackStatus.DELIVERED);
        assertThat(ids(outbox.claimDue(T0.plusSeconds(3), LEASE_END, 10, NONE_BUSY)))
                .contains(callbackId(order, 2));
    }

    @Test
    void pendingOutcomeIsClaimedAgainAtItsNextAttemptWithTheRetryStepItUsed() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String head = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0).id();
        Instant next = T0.plusSeconds(90);

        outbox.record(List.of(retryAt(head, T0.plusSeconds(1), next, 1)));

        assertThat(outbox.claimDue(next.minusSeconds(1), next.plusSeconds(60), 10, NONE_BUSY)).isEmpty();
        List<PendingCallback> again = outbox.claimDue(next, next.plusSeconds(60), 10, NONE_BUSY);
        assertThat(again).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(callbackId(order, 1));
            assertThat(c.attempts()).isEqualTo(1);
            assertThat(c.retryStep()).isEqualTo(1);
        });
    }

    @Test
    void failedHeadLetsTheNextCallbackOfItsOrderGo() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String head = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0).id();

        outbox.record(List.of(failed(head, T0.plusSeconds(1))));

        CallbackRecord record = outbox.find(ALPHA, head).orElseThrow();
        assertThat(record.status()).isEqualTo(CallbackStatus.FAILED);
        assertThat(record.nextAttemptAt()).isNull();
        assertThat(record.deliveredAt()).isNull();
        assertThat(ids(outbox.claimDue(T0.plusSeconds(2), LEASE_END, 10, NONE_BUSY)))
                .containsExactly(callbackId(order, 2));
    }

    @Test
    void attemptsAreLoggedOldestFirstWithTheirStatusOrError() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String head = callbackId(order, 1);
        String longError = "é".repeat(600);
        DeliveryAttempt timedOut = attempt(T0.plusSeconds(1), null, longError);
        DeliveryAttempt refused = new DeliveryAttempt(T0.plusSeconds(61), Duration.ofMillis(1234), 500, null);
        DeliveryAttempt accepted = attempt(T0.plusSeconds(361), 204, null);

        outbox.record(List.of(new DeliveryOutcome(head, timedOut, CallbackStatus.PENDING, T0.plusSeconds(61), 1)));
        outbox.record(List.of(new DeliveryOutcome(head, refused, CallbackStatus.PENDING, T0.plusSeconds(361), 2)));
        outbox.record(List.of(new DeliveryOutcome(head, accepted, CallbackStatus.DELIVERED, null, 2)));

        assertThat(outbox.find(ALPHA, head).orElseThrow().attempts()).containsExactly(timedOut, refused, accepted);
        assertThat(timedOut.error()).hasSize(500);
        assertThat(outbox.findByOrder(ALPHA, order.id())).extracting(r -> r.attempts().size()).containsExactly(3, 0);
    }

    @Test
    void oneRecordWritesEveryOutcomeOfItsBatch() {
        Order a = orderWithTwoCallbacks(ALPHA, "order-a");
        Order b = orderWithTwoCallbacks(BETA, "order-b");
        List<PendingCallback> claimed = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY);

        outbox.record(List.of(delivered(callbackId(a, 1), T0.plusSeconds(1)), failed(callbackId(b, 1), T0)));

        assertThat(claimed).hasSize(2);
        assertThat(outbox.find(ALPHA, callbackId(a, 1)).orElseThrow().status()).isEqualTo(CallbackStatus.DELIVERED);
        assertThat(outbox.find(BETA, callbackId(b, 1)).orElseThrow().status()).isEqualTo(CallbackStatus.FAILED);
        assertThat(ids(outbox.claimDue(T0.plusSeconds(2), LEASE_END, 10, NONE_BUSY)))
                .containsExactlyInAnyOrder(callbackId(a, 2), callbackId(b, 2));
    }

    @Test
    void releasedCallbackIsDueAgainAtTheGivenTimeWithoutAnAttempt() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        PendingCallback claimed = outbox.claimDue(T0, LEASE_END, 10, NONE_BUSY).get(0);
        Instant dueAt = T0.plusSeconds(5);

        outbox.release(List.of(claimed.id()), dueAt);

        assertThat(outbox.claimDue(dueAt.minusNanos(1000), LEASE_END, 10, NONE_BUSY)).isEmpty();
        assertThat(outbox.claimDue(dueAt, LEASE_END, 10, NONE_BUSY)).containsExactly(claimed);
        assertThat(outbox.find(ALPHA, callbackId(order, 1)).orElseThrow().attempts()).isEmpty();
    }

    @Test
    void releaseLeavesDeliveredAndFailedCallbacksAlone() {
        Order a = orderWithTwoCallbacks(ALPHA, "order-a");
        Order b = orderWithTwoCallbacks(ALPHA, "order-b");
        outbox.record(List.of(delivered(callbackId(a, 1), T0), failed(callbackId(b, 1), T0)));

        outbox.release(List.of(callbackId(a, 1), callbackId(b, 1), "no-such-callback"), T0.plusSeconds(5));

        assertThat(outbox.findByOrder(ALPHA, a.id()).get(0).nextAttemptAt()).isNull();
        assertThat(outbox.findByOrder(ALPHA, b.id()).get(0).nextAttemptAt()).isNull();
        assertThat(outbox.findByOrder(ALPHA, a.id()).get(0).status()).isEqualTo(CallbackStatus.DELIVERED);
        assertThat(outbox.findByOrder(ALPHA, b.id()).get(0).status()).isEqualTo(CallbackStatus.FAILED);
    }

    @Test
    void redeliveredCallbackIsPendingAndDueNowWithTheRetryStepGivenKeepingItsLog() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String id = callbackId(order, 1);
        outbox.record(List.of(delivered(id, T0)));
        Instant now = T0.plusSeconds(600);

        assertThat(outbox.redeliver(ALPHA, id, now, 16)).isTrue();

        CallbackRecord record = outbox.find(ALPHA, id).orElseThrow();
        assertThat(record.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(record.nextAttemptAt()).isEqualTo(now);
        assertThat(record.deliveredAt()).isEqualTo(T0.plus(TOOK));
        assertThat(record.attempts()).hasSize(1);
        assertThat(outbox.claimDue(now, now.plusSeconds(60), 10, NONE_BUSY))
                .filteredOn(c -> c.id().equals(id)).singleElement().satisfies(c -> {
            assertThat(c.attempts()).isEqualTo(1);
            assertThat(c.retryStep()).isEqualTo(16);
        });
    }

    @Test
    void redeliverOfAnotherMerchantsOrAnUnknownCallbackChangesNothing() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String id = callbackId(order, 1);
        outbox.record(List.of(failed(id, T0)));

        assertThat(outbox.redeliver(BETA, id, T0.plusSeconds(5), 16)).isFalse();
        assertThat(outbox.redeliver(ALPHA, "no-such-callback", T0.plusSeconds(5), 16)).isFalse();

        assertThat(outbox.find(ALPHA, id).orElseThrow().status()).isEqualTo(CallbackStatus.FAILED);
    }

    @Test
    void redeliverFailedTakesOnlyTheMerchantsFailedCallbacksCreatedInTheRange() {
        Order atStart = orderWithOneCallback(ALPHA, "order-start", T0);
        Order inside = orderWithOneCallback(ALPHA, "order-inside", T0.plusSeconds(10));
        Order atEnd = orderWithOneCallback(ALPHA, "order-end", T0.plusSeconds(20));
        Order before = orderWithOneCallback(ALPHA, "order-before", T0.minusNanos(1000));
        Order deliveredInside = orderWithOneCallback(ALPHA, "order-delivered", T0.plusSeconds(5));
        Order betas = orderWithOneCallback(BETA, "order-beta", T0.plusSeconds(5));
        Instant now = T0.plusSeconds(3600);
        outbox.record(List.of(failed(callbackId(atStart, 1), now), failed(callbackId(inside, 1), now),
                failed(callbackId(atEnd, 1), now), failed(callbackId(before, 1), now),
                delivered(callbackId(deliveredInside, 1), now), failed(callbackId(betas, 1), now)));

        OperatorLogEntry audit = new OperatorLogEntry(OperatorLogEntry.REDELIVER_CALLBACKS, ALPHA.value(), ALPHA,
                new OperatorNote("asha", "endpoint was down"), "range", now);
        int count = outbox.redeliverFailed(ALPHA, T0, T0.plusSeconds(20), now, 16, audit);

        assertThat(count).isEqualTo(2);
        assertThat(ids(outbox.claimDue(now, now.plusSeconds(60), 10, NONE_BUSY)))
                .containsExactlyInAnyOrder(callbackId(atStart, 1), callbackId(inside, 1));
        assertThat(outbox.find(ALPHA, callbackId(atEnd, 1)).orElseThrow().status()).isEqualTo(CallbackStatus.FAILED);
        assertThat(outbox.find(ALPHA, callbackId(before, 1)).orElseThrow().status()).isEqualTo(CallbackStatus.FAILED);
        assertThat(outbox.find(ALPHA, callbackId(deliveredInside, 1)).orElseThrow().status())
                .isEqualTo(CallbackStatus.DELIVERED);
        assertThat(outbox.find(BETA, callbackId(betas, 1)).orElseThrow().status()).isEqualTo(CallbackStatus.FAILED);
        assertThat(operatorLog.loadLog(now, now.plusSeconds(1), 10)).containsExactly(audit);
        assertThat(actionsOn(atStart)).containsExactly(audit.onOrder(atStart.id()));
        assertThat(actionsOn(inside)).containsExactly(audit.onOrder(inside.id()));
        for (Order untouched : List.of(atEnd, before, deliveredInside, betas)) {
            assertThat(actionsOn(untouched)).as(untouched.merchantOrderId().value()).isEmpty();
        }
    }

    private List<OperatorAction> actionsOn(Order order) {
        return history.loadTrail(order.merchantId(), order.merchantOrderId()).orElseThrow().actions();
    }

    @Test
    void callbacksAreFoundOnlyByTheirOwnMerchant() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String id = callbackId(order, 1);

        assertThat(outbox.find(ALPHA, id)).isPresent();
        assertThat(outbox.findByOrder(ALPHA, order.id())).hasSize(2);
        assertThat(outbox.find(BETA, id)).isEmpty();
        assertThat(outbox.findByOrder(BETA, order.id())).isEmpty();
        assertThat(outbox.find(ALPHA, "no-such-callback")).isEmpty();
        assertThat(outbox.findByOrder(ALPHA, new OrderId("0123456789abcdef0123456789abcd"))).isEmpty();
    }

    @Test
    void twoClaimersAtOnceGetDisjointHeadsNeverTwoCallbacksOfOneOrder() throws Exception {
        List<Order> all = IntStream.range(0, 10).mapToObj(i -> orderWithTwoCallbacks(ALPHA, "order-" + i)).toList();

        List<List<String>> claims = Race.run(2, i -> () -> ids(outbox.claimDue(T0, LEASE_END, 5, NONE_BUSY)));

        List<String> both = new ArrayList<>(claims.get(0));
        both.addAll(claims.get(1));
        assertThat(both).isNotEmpty().doesNotHaveDuplicates()
                .isSubsetOf(all.stream().map(o -> callbackId(o, 1)).toList());
        assertThat(claims).allSatisfy(ids -> assertThat(ids).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void concurrentClaimersDeliverEveryOrdersCallbacksOnceEachInSequence() throws Exception {
        List<Order> all = IntStream.range(0, 20).mapToObj(i -> orderWithTwoCallbacks(ALPHA, "order-" + i)).toList();

        List<String> firsts = claimUntilNoneLeft(4, T0);
        outbox.record(firsts.stream().map(id -> delivered(id, T0)).toList());
        List<String> seconds = claimUntilNoneLeft(4, T0.plusSeconds(1));

        assertThat(firsts).containsExactlyInAnyOrderElementsOf(all.stream().map(o -> callbackId(o, 1)).toList());
        assertThat(seconds).containsExactlyInAnyOrderElementsOf(all.stream().map(o -> callbackId(o, 2)).toList());
    }

    /**
     * Writers append callbacks to their orders while relays claim and deliver them: whichever commits first, no
     * callback is left waiting behind one already delivered, and each order's callbacks are delivered in sequence.
     */
    @Test
    void callbacksWrittenWhileRelaysDeliverTheOnesBeforeAreNeverLeftWaiting() throws Exception {
        List<Order> all = IntStream.range(0, 4).mapToObj(i -> newOrder(ALPHA, "order-" + i)).toList();
        int perOrder = 12;
        int relays = 2;
        Instant now = T0.plusSeconds(1);
        CountDownLatch writersDone = new CountDownLatch(all.size());
        List<String> claimedInTurn = Collections.synchronizedList(new ArrayList<>());
        Race.run(all.size() + relays, i -> () -> {
            if (i < all.size()) {
                try {
                    for (int k = 0; k < perOrder; k++) {
                        write(all.get(i), orderCallback(all.get(i), "FULFILLMENTS_SCHEDULED", T0));
                    }
                } finally {
                    writersDone.countDown();
                }
                return null;
            }
            int idleAfterWriters = 0;
            while (idleAfterWriters < 3) {
                boolean writing = writersDone.getCount() > 0;
                List<PendingCallback> batch = outbox.claimDue(now, now.plusSeconds(600), 5, NONE_BUSY);
                claimedInTurn.addAll(ids(batch));
                outbox.record(batch.stream().map(c -> delivered(c.id(), now)).toList());
                idleAfterWriters = batch.isEmpty() && !writing ? idleAfterWriters + 1 : 0;
                if (batch.isEmpty()) {
                    Thread.sleep(2);
                }
            }
            return null;
        });

        for (Order order : all) {
            assertThat(outbox.findByOrder(ALPHA, order.id())).as(order.merchantOrderId().value()).hasSize(perOrder)
                    .allSatisfy(c -> assertThat(c.status()).as(c.id()).isEqualTo(CallbackStatus.DELIVERED));
            assertThat(claimedInTurn).as("claims of " + order.merchantOrderId().value())
                    .filteredOn(id -> id.startsWith(order.id().value() + "-c"))
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, perOrder)
                            .mapToObj(seq -> callbackId(order, seq)).toList());
        }
    }

    /** Threads claim batches of 3 at {@code now} until each finds nothing; all the callbacks they got. */
    protected List<String> claimUntilNoneLeft(int threads, Instant now) throws Exception {
        List<List<String>> claimed = Race.run(threads, i -> () -> {
            List<String> mine = new ArrayList<>();
            List<PendingCallback> batch;
            do {
                batch = outbox.claimDue(now, now.plusSeconds(60), 3, NONE_BUSY);
                mine.addAll(ids(batch));
            } while (!batch.isEmpty());
            return mine;
        });
        return claimed.stream().flatMap(List::stream).toList();
    }

    protected Order newOrder(MerchantId merchant, String merchantOrderId) {
        Order order = TestOrders.accepted(SampleOrders.oneUpi(merchant.value(), merchantOrderId, "5.00"));
        assertThat(orders.insertNewOrder(order, "fp-" + merchantOrderId)).isTrue();
        return order;
    }

    /** An order with two callbacks due at {@link #T0}. */
    protected Order orderWithTwoCallbacks(MerchantId merchant, String merchantOrderId) {
        Order order = newOrder(merchant, merchantOrderId);
        write(order, orderCallback(order, "FULFILLMENTS_SCHEDULED", T0),
                orderCallback(order, "FULFILLMENTS_SUCCESSFUL", T0));
        return order;
    }

    private Order orderWithOneCallback(MerchantId merchant, String merchantOrderId, Instant at) {
        Order order = newOrder(merchant, merchantOrderId);
        write(order, orderCallback(order, "FULFILLMENTS_SCHEDULED", at));
        return order;
    }

    /** Saves the order as it is with {@code callbacks}, as a step of the engine would. */
    protected void write(Order order, NewCallback... callbacks) {
        OrderWork stored = work.findByFulfillment(order.merchantId(), order.fulfillments().get(0).id()).orElseThrow();
        assertThat(work.saveProgress(stored, stored.order(), List.of(), List.of(callbacks), stored.work(),
                Lease.RELEASE)).isPositive();
    }

    static List<String> ids(List<PendingCallback> claimed) {
        return claimed.stream().map(PendingCallback::id).toList();
    }

    private static CallbackRecord pendingRecord(Order order, long seq, NewCallback callback) {
        Instant at = callback.event().occurredAt();
        return new CallbackRecord(callbackId(order, seq), seq, callback.event(), callback.target().url(),
                CallbackStatus.PENDING, at, at, null, List.of());
    }
}
