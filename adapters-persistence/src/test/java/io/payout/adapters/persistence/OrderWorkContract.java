package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.MERCHANT_HOOK;
import static io.payout.adapters.persistence.TestCallbacks.OTHER_HOOK;
import static io.payout.adapters.persistence.TestCallbacks.callbackId;
import static io.payout.adapters.persistence.TestCallbacks.orderCallback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.NewCallback;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.fakes.SampleOrders;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.RetryRule;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.collection.Payment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbiOrderWorkRepository} must do on every database: the engine's claims, and saves with their events
 * and callbacks.
 */
abstract class OrderWorkContract {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");
    static final Instant NOW = TestOrders.NOW;
    static final Instant LEASE_END = NOW.plusSeconds(300);
    static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    static final MethodId UPI = new MethodId("DUMMY_UPI");

    private TestDatabase database;
    protected Jdbi jdbi;
    protected JdbiOrderRepository orders;
    protected JdbiOrderWorkRepository work;

    protected abstract TestDatabase openEmptyDatabase();

    @BeforeEach
    void openDatabase() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, NOW), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, NOW), "key-beta", "whsec_beta");
        orders = new JdbiOrderRepository(jdbi);
        work = new JdbiOrderWorkRepository(jdbi);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void newOrderIsClaimedWholeWithEveryFulfillmentDueAtItsCreation() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");

        List<OrderWork> claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10);

        assertThat(claimed).hasSize(1);
        OrderWork got = claimed.get(0);
        assertThat(got.order()).isEqualTo(order);
        assertThat(got.retryPolicy()).isNull();
        assertThat(got.work()).isEqualTo(Map.of(fulfillment(order, 1), NextWork.at(NOW),
                fulfillment(order, 2), NextWork.at(NOW)));
        assertThat(got.version()).isEqualTo(1);
        assertThat(lease(order)).isEqualTo("w1 until " + LEASE_END);
    }

    @Test
    void theBacklogsHeadIsTheLongestWaitingDueOrderNobodyHolds() {
        assertThat(work.oldestDue(NOW)).isEmpty();
        insert("order-old", NOW.minusSeconds(60));
        insert("order-later", NOW.plusSeconds(3600));
        assertThat(work.oldestDue(NOW)).contains(NOW.minusSeconds(60));

        work.claimDueOrders("w1", NOW, LEASE_END, 10);

        assertThat(work.oldestDue(NOW)).as("held orders are being worked on").isEmpty();
        assertThat(work.oldestDue(LEASE_END)).contains(NOW.minusSeconds(60));
    }

    @Test
    void theBacklogCountsDueOrdersNobodyHoldsUpToTheCap() {
        assertThat(work.countDue(NOW, 100)).isZero();
        insert("order-1", NOW.minusSeconds(60));
        insert("order-2", NOW.minusSeconds(30));
        insert("order-3", NOW);
        insert("order-later", NOW.plusSeconds(3600));

        assertThat(work.countDue(NOW, 100)).isEqualTo(3);
        assertThat(work.countDue(NOW, 2)).as("capped").isEqualTo(2);

        work.claimDueOrders("w1", NOW, LEASE_END, 1);

        assertThat(work.countDue(NOW, 100)).as("a held order is being worked on").isEqualTo(2);
        assertThat(work.countDue(LEASE_END, 100)).as("its lease ran out").isEqualTo(3);
    }

    @Test
    void onlyDueOrdersThatNobodyHoldsAreClaimed() {
        Order due = insert("order-due", NOW.minusSeconds(60));
        insert("order-later", NOW.plusSeconds(3600));

        assertThat(orderIds(work.claimDueOrders("w1", NOW, LEASE_END, 10))).containsExactly(due.id());
        assertThat(work.claimDueOrders("w2", NOW.plusSeconds(10), LEASE_END.plusSeconds(10), 10)).isEmpty();
    }

    @Test
    void expiredLeaseIsClaimedAgainByAnotherOwnerWithANewVersion() {
        Order order = insert("order-1", NOW);
        OrderWork first = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);

        assertThat(work.claimDueOrders("w2", LEASE_END.minusNanos(1000), LEASE_END.plusSeconds(300), 10)).isEmpty();
        List<OrderWork> second = work.claimDueOrders("w2", LEASE_END, LEASE_END.plusSeconds(300), 10);

        assertThat(second).hasSize(1);
        assertThat(second.get(0).version()).isEqualTo(first.version() + 1);
        assertThat(second.get(0).order()).isEqualTo(order);
        assertThat(lease(order)).isEqualTo("w2 until " + LEASE_END.plusSeconds(300));
    }

    @Test
    void aWebhookHintMakesAnOpenTransactionDueNowButNotASettledFailure() {
        Order open = savedWithTransaction("order-open", io.payout.domain.TransactionStatus.PENDING);
        Order failed = savedWithTransaction("order-failed", io.payout.domain.TransactionStatus.FAILURE);
        Instant later = NOW.plusSeconds(1);
        assertThat(work.claimDueOrders("w2", later, LEASE_END, 10)).isEmpty();

        int moved = work.makeDueNow(List.of(ref(open), ref(failed), new io.payout.domain.TransactionRef("nobody")), later);

        assertThat(moved).isEqualTo(1);
        assertThat(orderIds(work.claimDueOrders("w2", later, LEASE_END, 10))).containsExactly(open.id());
    }

    @Test
    void aHurryTakesTheOrdersRowBeforeItsFulfillmentsAsEverySaveDoes() {
        Order order = savedWithTransaction("order-hurried", io.payout.domain.TransactionStatus.PENDING);
        List<String> updated = new CopyOnWriteArrayList<>();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                String sql = context.getRenderedSql().trim();
                if (sql.startsWith("UPDATE ")) {
                    updated.add(sql.split("\\s+")[1]);
                }
            }
        });

        assertThat(work.makeDueNow(List.of(ref(order)), NOW.plusSeconds(1))).isEqualTo(1);

        assertThat(updated).containsExactly("orders", "fulfillments");
    }

    Order savedWithTransaction(String merchantOrderId, io.payout.domain.TransactionStatus status) {
        Order order = insert(merchantOrderId, NOW);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 1).get(0);
        FulfillmentId f = fulfillment(order, 1);
        io.payout.domain.Transaction t = io.payout.domain.Transaction.created(f.transaction(1), UPI,
                order.fulfillments().get(0).amount(), NOW).with(status, null, NOW);
        Order after = order.withFulfillment(order.fulfillments().get(0).withTransaction(t, NOW), NOW);
        assertThat(work.saveProgress(claimed, after, List.of(), List.of(),
                Map.of(f, NextWork.at(NOW.plusSeconds(3600))), Lease.RELEASE)).isPositive();
        return after;
    }

    static io.payout.domain.TransactionRef ref(Order order) {
        return order.fulfillments().get(0).transactions().get(0).transactionRef();
    }

    @Test
    void sweepReleasesOnlyExpiredClaimsAndTheirHoldersCanNoLongerWrite() {
        Order live = insert("order-live", NOW.minusSeconds(10));
        Order expired = insert("order-expired", NOW);
        work.claimDueOrders("w2", NOW, NOW.plusSeconds(600), 1);
        OrderWork stale = work.claimDueOrders("w1", NOW, NOW.plusSeconds(10), 10).get(0);

        assertThat(work.releaseExpiredClaims(NOW.plusSeconds(30))).isEqualTo(1);

        assertThat(lease(expired)).isEqualTo("null until null");
        assertThat(lease(live)).isEqualTo("w2 until " + NOW.plusSeconds(600));
        assertThat(work.saveProgress(stale, expired, List.of(), List.of(), stale.work(), Lease.RELEASE)).isEqualTo(-1);
        assertThat(work.releaseExpiredClaims(NOW.plusSeconds(30))).isZero();
    }

    @Test
    void limitIsRespectedTakingTheOldestDueFirst() {
        List<Order> byAge = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            byAge.add(TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-" + i, "5.00"),
                    NOW.minusSeconds(60 - 10L * i)));
        }
        for (int i : new int[] {2, 4, 0, 3, 1}) {
            orders.insertNewOrder(byAge.get(i), "fp-" + i);
        }

        assertThat(orderIds(work.claimDueOrders("w1", NOW, LEASE_END, 3)))
                .containsExactly(byAge.get(0).id(), byAge.get(1).id(), byAge.get(2).id());
        assertThat(orderIds(work.claimDueOrders("w1", NOW, LEASE_END, 3)))
                .containsExactly(byAge.get(3).id(), byAge.get(4).id());
    }

    @Test
    void retryPolicyRoundTripsFromCreateToClaim() {
        RetryPolicy own = new RetryPolicy(5,
                List.of(new RetryRule(List.of("E101", "E2"), List.of(), RetryAction.RETRY_SAME_METHOD),
                        new RetryRule(List.of(), List.of(FailureCategory.GATEWAY, FailureCategory.BUSINESS),
                                RetryAction.NEXT_METHOD)),
                RetryAction.STOP, new Backoff(Duration.ofMillis(1500), 1.75, Duration.ofMinutes(7).plusNanos(1)),
                Duration.ofHours(36), Duration.ofMinutes(90));
        orders.insertNewOrder(TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-1", "5.00")), "fp-1", own);
        orders.insertNewOrder(TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-2", "5.00"),
                NOW.plusNanos(1000)), "fp-2", RetryPolicy.DEFAULT);

        List<OrderWork> claimed = work.claimDueOrders("w1", NOW.plusSeconds(1), LEASE_END, 10);

        assertThat(claimed).extracting(OrderWork::retryPolicy).containsExactly(own, RetryPolicy.DEFAULT);
    }

    @Test
    void findByFulfillmentGivesTheStoredOrderWithoutClaimingIt() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1", RetryPolicy.DEFAULT);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);

        OrderWork found = work.findByFulfillment(ALPHA, fulfillment(order, 2)).orElseThrow();

        assertThat(found).isEqualTo(claimed);
        assertThat(work.findByFulfillment(ALPHA, fulfillment(order, 2)).orElseThrow().version())
                .isEqualTo(claimed.version());
        assertThat(lease(order)).isEqualTo("w1 until " + LEASE_END);
    }

    @Test
    void anotherMerchantCannotFindTheFulfillment() {
        Order order = insert("order-1", NOW);

        assertThat(work.findByFulfillment(BETA, fulfillment(order, 1))).isEmpty();
        assertThat(work.findByFulfillment(ALPHA, new OrderId("0123456789abcdef0123456789abcd").fulfillment(1)))
                .isEmpty();
        assertThat(work.findByFulfillment(ALPHA, fulfillment(order, 1))).isPresent();
    }

    @Test
    void saveWithAStaleVersionWritesNothing() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");
        OrderWork lost = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);
        OrderWork current = work.claimDueOrders("w2", LEASE_END, LEASE_END.plusSeconds(300), 10).get(0);
        OrderProgress progress = firstAttempt(lost.order(), NOW.plusSeconds(1));

        long version = work.saveProgress(lost, progress.order(), progress.events(),
                List.of(orderCallback(order, "FULFILLMENTS_SCHEDULED", NOW.plusSeconds(1))),
                Map.of(fulfillment(order, 1), NextWork.at(LEASE_END)), Lease.RELEASE);

        assertThat(version).isEqualTo(-1);
        assertThat(rows("transactions", order)).isZero();
        assertThat(rows("status_events", order)).isZero();
        assertThat(rows("callbacks", order)).isZero();
        assertThat(callbackSeq(order)).isZero();
        assertThat(work.findByFulfillment(ALPHA, fulfillment(order, 1))).contains(current);
        assertThat(lease(order)).isEqualTo("w2 until " + LEASE_END.plusSeconds(300));
        assertThat(orderDueAt(order)).isEqualTo(NOW);
    }

    @Test
    void progressSavedOverSeveralStepsRoundTripsWithEventsNumberedOn() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");
        FulfillmentId bank = fulfillment(order, 1);
        FulfillmentId upi = fulfillment(order, 2);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);

        Instant t1 = NOW.plusSeconds(1);
        OrderProgress first = firstAttempt(claimed.order(), t1);
        Map<FulfillmentId, NextWork> work1 = Map.of(bank, NextWork.at(LEASE_END), upi, NextWork.at(NOW));
        long v1 = work.saveProgress(claimed, first.order(), first.events(), List.of(), work1,
                new Lease("w1", LEASE_END));

        OrderWork saved1 = work.findByFulfillment(ALPHA, bank).orElseThrow();
        assertThat(v1).isEqualTo(claimed.version() + 1);
        assertThat(saved1).isEqualTo(new OrderWork(first.order(), null, work1, v1));
        assertThat(lease(order)).isEqualTo("w1 until " + LEASE_END);

        Instant t2 = NOW.plus(Duration.ofSeconds(2, 345_678_000));
        OrderProgress second = new OrderProgress(saved1.order(), t2);
        Transaction sent = saved1.order().fulfillment(bank).transactions().get(0);
        second.putTransaction(bank, sent, TransactionStatus.SUCCESS,
                new GatewayResponse("gw-77", "00", "Paid", "Credited", "{\"status\":\"SUCCESS\"}"));
        second.setFulfillmentStatus(bank, FulfillmentStatus.SUCCESS);
        second.replace(second.fulfillment(upi).withFulfillmentMethods(List.of(UPI, IMPS), t2));
        second.putTransaction(upi, Transaction.created(upi.transaction(1), UPI, Money.of("3.50"), t2),
                TransactionStatus.FAILURE, new GatewayResponse(null, "E101", "Bank offline", null, "{\"x\":1}"));
        second.setFulfillmentStatus(upi, FulfillmentStatus.PENDING);
        Map<FulfillmentId, NextWork> work2 = Map.of(bank, NextWork.NONE,
                upi, new NextWork(t2.plusSeconds(30), IMPS));
        long v2 = work.saveProgress(saved1, second.order(), second.events(), List.of(), work2, Lease.RELEASE);

        OrderWork saved2 = work.findByFulfillment(ALPHA, upi).orElseThrow();
        assertThat(v2).isEqualTo(v1 + 1);
        assertThat(saved2.order()).isEqualTo(second.order());
        assertThat(saved2.order().fulfillment(bank).transactions().get(0).gatewayResponse().gatewayRefId())
                .isEqualTo("gw-77");
        assertThat(saved2.version()).isEqualTo(v2);
        assertThat(saved2.workOf(bank)).isEqualTo(NextWork.NONE);
        assertThat(saved2.workOf(upi)).isEqualTo(new NextWork(t2.plusSeconds(30), IMPS));
        List<StatusEvent> events = new ArrayList<>(first.events());
        events.addAll(second.events());
        assertThat(work.findEvents(ALPHA, order.id())).isEqualTo(events);
        assertThat(eventSeqs(order)).isEqualTo(LongStream.rangeClosed(1, events.size()).boxed().toList());
        assertThat(lease(order)).isEqualTo("null until null");
        assertThat(orderDueAt(order)).isEqualTo(t2.plusSeconds(30));
    }

    @Test
    void aGatewayAnswerWithNulCharactersIsSavedWithReplacementCharacters() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");
        FulfillmentId bank = fulfillment(order, 1);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);
        OrderProgress first = firstAttempt(claimed.order(), NOW.plusSeconds(1));
        long v1 = work.saveProgress(claimed, first.order(), first.events(), List.of(),
                Map.of(bank, NextWork.at(LEASE_END)), new Lease("w1", LEASE_END));
        OrderWork saved1 = work.findByFulfillment(ALPHA, bank).orElseThrow();

        OrderProgress answer = new OrderProgress(saved1.order(), NOW.plusSeconds(2));
        Transaction sent = saved1.order().fulfillment(bank).transactions().get(0);
        answer.putTransaction(bank, sent, sent.status(),
                new GatewayResponse(null, null, null, "no answer\u0000", "<html>Oops</html>\u0000"));
        long v2 = work.saveProgress(saved1, answer.order(), answer.events(), List.of(),
                Map.of(bank, NextWork.at(LEASE_END)), Lease.RELEASE);

        GatewayResponse stored = work.findByFulfillment(ALPHA, bank).orElseThrow()
                .order().fulfillment(bank).transactions().get(0).gatewayResponse();
        assertThat(v2).isEqualTo(v1 + 1);
        assertThat(stored.rawResponse()).isEqualTo("<html>Oops</html>\uFFFD");
        assertThat(stored.responseDescription()).isEqualTo("no answer\uFFFD");
    }

    @Test
    void orderIsDueAtTheEarliestOfItsFulfillments() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);
        Map<FulfillmentId, NextWork> next = Map.of(fulfillment(order, 1), NextWork.at(NOW.plusSeconds(600)),
                fulfillment(order, 2), NextWork.at(NOW.plusSeconds(30)));

        long version = work.saveProgress(claimed, order, List.of(), List.of(), next, Lease.RELEASE);

        assertThat(orderDueAt(order)).isEqualTo(NOW.plusSeconds(30));
        assertThat(work.claimDueOrders("w2", NOW.plusSeconds(29), LEASE_END, 10)).isEmpty();
        List<OrderWork> again = work.claimDueOrders("w2", NOW.plusSeconds(30), LEASE_END, 10);
        assertThat(again).containsExactly(new OrderWork(order, null, next, version + 1));
    }

    @Test
    void releasedLeaseLetsTheOrderBeClaimedWhenDue() {
        Order order = insert("order-1", NOW);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);

        work.saveProgress(claimed, order, List.of(), List.of(),
                Map.of(fulfillment(order, 1), NextWork.at(NOW.plusSeconds(10))), Lease.RELEASE);

        assertThat(work.claimDueOrders("w2", NOW.plusSeconds(9), LEASE_END, 10)).isEmpty();
        assertThat(orderIds(work.claimDueOrders("w2", NOW.plusSeconds(10), LEASE_END, 10))).containsExactly(order.id());
    }

    @Test
    void keptLeaseHoldsTheOrderUntilItRunsOutEvenWhenDue() {
        Order order = insert("order-1", NOW);
        OrderWork claimed = work.claimDueOrders("w1", NOW, NOW.plusSeconds(60), 10).get(0);

        work.saveProgress(claimed, order, List.of(), List.of(),
                Map.of(fulfillment(order, 1), NextWork.at(NOW.plusSeconds(1))), new Lease("w1", LEASE_END));

        assertThat(work.claimDueOrders("w2", NOW.plusSeconds(100), LEASE_END.plusSeconds(60), 10)).isEmpty();
        assertThat(orderIds(work.claimDueOrders("w2", LEASE_END, LEASE_END.plusSeconds(60), 10)))
                .containsExactly(order.id());
    }

    @Test
    void orderWithNothingDueIsNeverClaimed() {
        Order order = insert("order-1", NOW);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);

        work.saveProgress(claimed, order, List.of(), List.of(), Map.of(fulfillment(order, 1), NextWork.NONE),
                Lease.RELEASE);

        assertThat(orderDueAt(order)).isNull();
        assertThat(work.claimDueOrders("w2", NOW.plus(Duration.ofDays(3650)), LEASE_END, 10)).isEmpty();
        assertThat(work.findByFulfillment(ALPHA, fulfillment(order, 1)).orElseThrow().work()).isEmpty();
    }

    @Test
    void concurrentSavesOfOneVersionWriteExactlyOne() throws Exception {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);

        List<Long> versions = Race.run(6, i -> () -> {
            OrderProgress progress = firstAttempt(claimed.order(), NOW.plusSeconds(i + 1));
            return work.saveProgress(claimed, progress.order(), progress.events(),
                    List.of(orderCallback(order, "FULFILLMENTS_SCHEDULED", NOW.plusSeconds(i + 1))), Map.of(),
                    Lease.RELEASE);
        });

        assertThat(versions).containsOnlyOnce(claimed.version() + 1).containsOnly(claimed.version() + 1, -1L);
        int winner = versions.indexOf(claimed.version() + 1);
        assertThat(work.findByFulfillment(ALPHA, fulfillment(order, 1)).orElseThrow().order())
                .isEqualTo(firstAttempt(claimed.order(), NOW.plusSeconds(winner + 1)).order());
        assertThat(eventSeqs(order)).containsExactly(1L, 2L, 3L);
        assertThat(callbackStates(order)).containsExactly(
                callbackId(order, 1) + " PENDING 0/0 due " + NOW.plusSeconds(winner + 1));
    }

    @Test
    void callbacksAreWrittenWithTheProgressTheFirstDueAtItsEventTheRestQueuedBehindIt() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        orders.insertNewOrder(order, "fp-1");
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);
        Instant t1 = NOW.plusSeconds(1);
        OrderProgress first = firstAttempt(claimed.order(), t1);
        List<NewCallback> callbacks = List.of(orderCallback(order, "FULFILLMENTS_SCHEDULED", t1),
                orderCallback(OTHER_HOOK, order, "FULFILLMENTS_SCHEDULED", t1.plusNanos(1000)));

        long version = work.saveProgress(claimed, first.order(), first.events(), callbacks, Map.of(), Lease.RELEASE);

        assertThat(version).isEqualTo(claimed.version() + 1);
        assertThat(callbackStates(order)).containsExactly(
                callbackId(order, 1) + " PENDING 0/0 due " + t1,
                callbackId(order, 2) + " QUEUED 0/0 due null");
        assertThat(callbackSeq(order)).isEqualTo(2);
        assertThat(new JdbiCallbackOutbox(jdbi).findByOrder(ALPHA, order.id()))
                .extracting(CallbackRecord::sequence, CallbackRecord::event, CallbackRecord::url,
                        CallbackRecord::createdAt)
                .containsExactly(tuple(1L, callbacks.get(0).event(), MERCHANT_HOOK.url(), t1),
                        tuple(2L, callbacks.get(1).event(), OTHER_HOOK.url(), t1.plusNanos(1000)));
    }

    @Test
    void callbacksOfLaterSavesAreNumberedOnWithoutGaps() {
        Order order = insert("order-1", NOW);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);
        Instant t1 = NOW.plusSeconds(1);
        Instant t2 = NOW.plusSeconds(2);
        long v1 = work.saveProgress(claimed, order, List.of(), List.of(orderCallback(order, "A", t1),
                orderCallback(order, "B", t1)), claimed.work(), new Lease("w1", LEASE_END));
        OrderWork saved = work.findByFulfillment(ALPHA, fulfillment(order, 1)).orElseThrow();

        work.saveProgress(saved, order, List.of(), List.of(), saved.work(), new Lease("w1", LEASE_END));
        OrderWork again = work.findByFulfillment(ALPHA, fulfillment(order, 1)).orElseThrow();
        work.saveProgress(again, order, List.of(), List.of(orderCallback(order, "C", t2)), again.work(),
                Lease.RELEASE);

        assertThat(v1).isEqualTo(claimed.version() + 1);
        assertThat(callbackStates(order)).containsExactly(
                callbackId(order, 1) + " PENDING 0/0 due " + t1,
                callbackId(order, 2) + " QUEUED 0/0 due null",
                callbackId(order, 3) + " QUEUED 0/0 due null");
        assertThat(callbackSeq(order)).isEqualTo(3);
        assertThat(rows("status_events", order)).isZero();
    }

    @Test
    void payAndFulfillOrderReachingANewFinalStatusMakesOnlyAChargedPaymentsRefundCheckDue() {
        Order charged = insertPayAndFulfill("order-charged");
        Order open = insertPayAndFulfill("order-open");
        JdbiCollectionRepository collection = new JdbiCollectionRepository(jdbi);
        Payment payment = collection.findPayment(ALPHA, charged.id()).orElseThrow();
        collection.savePayment(payment.charged(payment.amount(), "CHARGED", NOW), null);

        for (Order order : List.of(charged, open)) {
            OrderWork stored = work.findByFulfillment(ALPHA, fulfillment(order, 1)).orElseThrow();
            OrderProgress failed = new OrderProgress(stored.order(), NOW.plusSeconds(1));
            failed.setFulfillmentStatus(fulfillment(order, 1), FulfillmentStatus.FAILURE);
            assertThat(work.saveProgress(stored, failed.order(), failed.events(), List.of(), Map.of(), Lease.RELEASE))
                    .isPositive();
        }

        assertThat(refundCheckDue(charged)).isTrue();
        assertThat(refundCheckDue(open)).isFalse();
    }

    @Test
    void fulfillOnlyOrderReachingAFinalStatusCostsNoStatementOnPayments() {
        Order order = insert("order-1", NOW);
        OrderWork claimed = work.claimDueOrders("w1", NOW, LEASE_END, 10).get(0);
        OrderProgress failed = new OrderProgress(claimed.order(), NOW.plusSeconds(1));
        failed.setFulfillmentStatus(fulfillment(order, 1), FulfillmentStatus.FAILURE);
        List<String> statements = new CopyOnWriteArrayList<>();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });

        long version = work.saveProgress(claimed, failed.order(), failed.events(), List.of(), Map.of(),
                Lease.RELEASE);

        assertThat(version).isPositive();
        assertThat(failed.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(statements).isNotEmpty().noneMatch(sql -> sql.toLowerCase().contains("payments"));
    }

    @Test
    void twoClaimersAtOnceGetDisjointOrders() throws Exception {
        insertMany(10);

        List<List<OrderId>> claims = Race.run(2,
                i -> () -> orderIds(work.claimDueOrders("w" + i, NOW, LEASE_END, 5)));

        List<OrderId> both = new ArrayList<>(claims.get(0));
        both.retainAll(claims.get(1));
        assertThat(both).isEmpty();
        assertThat(claims.get(0).size() + claims.get(1).size()).isPositive();
        assertThat(claims).allSatisfy(ids -> assertThat(ids).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void concurrentClaimersClaimEveryDueOrderExactlyOncePerDueTime() throws Exception {
        List<Order> all = insertMany(60);

        List<OrderId> firstRound = claimUntilNoneLeft(4, NOW, LEASE_END);
        List<OrderId> secondRound = claimUntilNoneLeft(4, LEASE_END, LEASE_END.plusSeconds(300));

        List<OrderId> ids = all.stream().map(Order::id).toList();
        assertThat(firstRound).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(secondRound).containsExactlyInAnyOrderElementsOf(ids);
    }

    /** Threads claim batches of 7 at {@code now} until each finds nothing; all the orders they got. */
    protected List<OrderId> claimUntilNoneLeft(int threads, Instant now, Instant leaseUntil) throws Exception {
        List<List<OrderId>> claimed = Race.run(threads, i -> () -> {
            List<OrderId> mine = new ArrayList<>();
            List<OrderWork> batch;
            do {
                batch = work.claimDueOrders("w" + i, now, leaseUntil, 7);
                mine.addAll(orderIds(batch));
            } while (!batch.isEmpty());
            return mine;
        });
        return claimed.stream().flatMap(List::stream).toList();
    }

    /** The first step of the engine on the bank fulfillment: methods chosen, attempt created, all now PENDING. */
    static OrderProgress firstAttempt(Order order, Instant now) {
        FulfillmentId bank = order.fulfillments().get(0).id();
        OrderProgress progress = new OrderProgress(order, now);
        progress.replace(progress.fulfillment(bank).withFulfillmentMethods(List.of(IMPS), now));
        progress.putTransaction(bank, Transaction.created(bank.transaction(1), IMPS,
                progress.fulfillment(bank).amount(), now), TransactionStatus.CREATED, null);
        progress.setFulfillmentStatus(bank, FulfillmentStatus.PENDING);
        progress.setOrderStatus(OrderStatus.FULFILLMENTS_SCHEDULED);
        return progress;
    }

    protected List<Order> insertMany(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> insert("order-" + i, NOW.minusSeconds(count - i)))
                .toList();
    }

    protected Order insert(String merchantOrderId, Instant createdAt) {
        Order order = TestOrders.accepted(SampleOrders.oneUpi("m-alpha", merchantOrderId, "5.00"), createdAt);
        orders.insertNewOrder(order, "fp-" + merchantOrderId);
        return order;
    }

    /** A Pay and Fulfill order of {@link #ALPHA} (one UPI fulfillment), with its payment due at once. */
    protected Order insertPayAndFulfill(String merchantOrderId) {
        Order order = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", merchantOrderId, "5.00"), NOW);
        orders.insertNewOrder(order, "fp-" + merchantOrderId, null,
                TestPayments.open(order, "po-" + merchantOrderId, NOW), NOW);
        return order;
    }

    static FulfillmentId fulfillment(Order order, int n) {
        return order.fulfillments().get(n - 1).id();
    }

    static List<OrderId> orderIds(List<OrderWork> claimed) {
        return claimed.stream().map(w -> w.order().id()).toList();
    }

    private String lease(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT lease_owner, lease_until FROM orders WHERE order_id = :id")
                .bind("id", order.id().value())
                .map((rs, ctx) -> rs.getString("lease_owner") + " until "
                        + ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "lease_until", ctx))
                .one());
    }

    private Instant orderDueAt(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT next_due_at FROM orders WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(Instant.class).list().get(0));
    }

    private int rows(String table, Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(Integer.class).one());
    }

    /** Each callback of the order as "id STATUS attempts/retry_step due next_attempt_at", by sequence. */
    private List<String> callbackStates(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT callback_id, status, attempts, retry_step, next_attempt_at "
                        + "FROM callbacks WHERE order_id = :id ORDER BY seq")
                .bind("id", order.id().value())
                .map((rs, ctx) -> rs.getString("callback_id") + " " + rs.getString("status") + " "
                        + rs.getInt("attempts") + "/" + rs.getInt("retry_step") + " due "
                        + ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "next_attempt_at", ctx))
                .list());
    }

    private boolean refundCheckDue(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT refund_check_due FROM payments WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(Boolean.class).one());
    }

    private long callbackSeq(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT callback_seq FROM orders WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(Long.class).one());
    }

    private List<Long> eventSeqs(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq FROM status_events WHERE order_id = :id ORDER BY seq")
                .bind("id", order.id().value()).mapTo(Long.class).list());
    }
}
