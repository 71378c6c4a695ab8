package io.payout.application.engine;

import static io.payout.application.engine.EngineHarness.IMPS;
import static io.payout.application.engine.EngineHarness.LEASE;
import static io.payout.application.engine.EngineHarness.NEFT;
import static io.payout.application.engine.EngineHarness.OTHER_IMPS;
import static io.payout.application.engine.EngineHarness.T0;
import static io.payout.application.engine.EngineHarness.TIMINGS;
import static io.payout.application.engine.EngineHarness.UPI;
import static io.payout.application.engine.EngineHarness.bank;
import static io.payout.application.engine.EngineHarness.info;
import static io.payout.application.engine.EngineHarness.ref;
import static io.payout.application.engine.EngineHarness.upi;
import static io.payout.application.engine.PayoutInvariants.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.fakes.ScriptedGateway.Call;
import io.payout.application.fakes.ScriptedGateway.Operation;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderStepperTest {
    private final EngineHarness engine = new EngineHarness();

    @AfterEach
    void checkInvariantsAndClose() throws InterruptedException {
        PayoutInvariants.check(engine);
        engine.close();
    }

    private static GatewayResult.Failed failure(FailureCategory category) {
        return new GatewayResult.Failed("E101", "bank offline", category, true, "{\"status\":\"FAILURE\"}");
    }

    private static GatewayResult.Pending pending() {
        return new GatewayResult.Pending("gw-p", "{\"status\":\"PENDING\"}");
    }

    private static GatewayResult.Succeeded success() {
        return new GatewayResult.Succeeded("gw-s", "{\"status\":\"SUCCESS\"}");
    }

    private static GatewayResult.Unknown timeout() {
        return GatewayResult.Unknown.because("read timed out");
    }

    private static GatewayResult.Unknown notFound() {
        return new GatewayResult.Unknown("not found", true, "{\"error\":\"NOT_FOUND\"}");
    }

    @Test
    void happyPathPaysOnceAndSettlesTheOrder() {
        Order order = engine.newOrder(bank("7.00"));

        assertThat(engine.run()).isEqualTo(1);

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, ref(order, 1, 1), IMPS));
        Order stored = engine.stored(order);
        assertThat(stored.status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        Fulfillment f = stored.fulfillments().get(0);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(f.fulfillmentMethods()).containsExactly(IMPS, NEFT, OTHER_IMPS);
        assertThat(f.transactions()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TransactionStatus.SUCCESS);
            assertThat(t.transactionRef()).isEqualTo(ref(order, 1, 1));
            assertThat(t.gatewayResponse().gatewayRefId()).isEqualTo("gw-" + ref(order, 1, 1).value());
        });
        assertThat(values(engine.events(order))).containsExactly("ORDER:FULFILLMENTS_SCHEDULED",
                "FULFILLMENT_TXN:CREATED", "FULFILLMENT_ORDER:PENDING", "FULFILLMENT_TXN:SUCCESS",
                "FULFILLMENT_ORDER:SUCCESS", "ORDER:FULFILLMENTS_SUCCESSFUL");
        assertThat(engine.store.lease(order.merchantId(), order.id())).contains(Lease.RELEASE);
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.at(T0.plus(TIMINGS.reviewPoll())));
    }

    @Test
    void createdTransactionIsCommittedAndTheClaimHeldBeforeTheGatewayHearsOfIt() {
        List<String> seenByGateway = new ArrayList<>();
        engine.gatewayPort = new PayoutGatewayPort() {
            @Override
            public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
                OrderWork stored = engine.store.work(EngineHarness.ACME, fulfillment.id().orderId()).orElseThrow();
                Transaction committed = stored.order().fulfillment(fulfillment.id()).transaction(transaction.id());
                Lease lease = engine.store.lease(EngineHarness.ACME, fulfillment.id().orderId()).orElseThrow();
                seenByGateway.add(committed.status() + " " + lease.owner() + " " + lease.until() + " "
                        + stored.workOf(fulfillment.id()).dueAt());
                return engine.gateway.initiate(fulfillment, transaction);
            }

            @Override
            public GatewayResult inquire(Transaction transaction) {
                return engine.gateway.inquire(transaction);
            }
        };
        engine.newOrder(bank("7.00"));

        engine.run();

        Instant leaseEnd = T0.plus(LEASE);
        assertThat(seenByGateway).containsExactly("CREATED engine-1 " + leaseEnd + " " + leaseEnd);
    }

    @Test
    void settledPaymentIsWatchedForAChangeOfMindThenLeftAlone() {
        Order order = engine.newOrder(bank("7.00"));
        engine.run();

        engine.runUntilQuiet(Duration.ofDays(1));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.gateway.calls(Operation.INQUIRE)).as("one review poll inside the 2-hour watch").hasSize(1);
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.NONE);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(engine.events(order)).hasSize(6);
    }

    @Test
    void unknownInitiationIsResolvedByInquiryWithTheSameReference() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, timeout()).onInquire(t1, timeout(), pending(), pending(), success());

        engine.run();
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.INITIATED));
        engine.runUntilQuiet(Duration.ofMinutes(30));

        assertThat(engine.gateway.calls()).extracting(Call::reference).containsOnly(t1);
        assertThat(engine.gateway.initiations(t1)).isEqualTo(1);
        assertThat(engine.gateway.calls(Operation.INQUIRE)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCESS));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(values(engine.events(order))).containsSubsequence("FULFILLMENT_TXN:CREATED",
                "FULFILLMENT_TXN:INITIATED", "FULFILLMENT_TXN:PENDING", "FULFILLMENT_TXN:SUCCESS");
    }

    @Test
    void outcomeThatStaysUnknownNeverLeadsToASecondReferenceAndEndsInReview() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, timeout());
        for (int i = 0; i < 200; i++) {
            engine.gateway.onInquire(t1, timeout());
        }

        engine.runUntilQuiet(Duration.ofHours(3));

        assertThat(engine.gateway.calls()).extracting(Call::reference).containsOnly(t1);
        assertThat(engine.gateway.initiations(t1)).isEqualTo(1);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.MANUAL_REVIEW));
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.MANUAL_REVIEW);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
    }

    @Test
    void inquiryNotFoundReinitiatesWithTheSameReference() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, new GatewayResult.Unknown("HTTP 404", true, null), success())
                .onInquire(t1, notFound());

        engine.run();
        engine.clock.advance(TIMINGS.firstPoll());
        engine.run();

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, t1, IMPS),
                new Call(Operation.INQUIRE, t1, IMPS), new Call(Operation.INITIATE, t1, IMPS));
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCESS));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void inquiryNotFoundIsNotReinitiatedOnceTheGatewayConfirmedTheReference() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, pending()).onInquire(t1, notFound(), notFound(), success());

        engine.run();
        engine.clock.advance(TIMINGS.firstPoll());
        engine.run();

        assertThat(engine.gateway.initiations(t1)).isEqualTo(1);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.PENDING));

        engine.runUntilQuiet(Duration.ofMinutes(5));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void failureIsRetriedOnTheNextMethodAfterTheBackoffWithANewReference() {
        Order order = engine.newOrder(bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.GATEWAY));

        engine.run();
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.PENDING);
        assertThat(engine.workOf(order, 1)).isEqualTo(new NextWork(T0.plusSeconds(5), NEFT));
        engine.clock.advance(Duration.ofSeconds(4));
        assertThat(engine.run()).as("nothing is due during the backoff").isZero();
        engine.clock.advance(Duration.ofSeconds(1));
        assertThat(engine.run()).isEqualTo(1);

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, ref(order, 1, 1), IMPS),
                new Call(Operation.INITIATE, ref(order, 1, 2), NEFT));
        assertThat(engine.transactions(order, 1)).extracting(Transaction::status)
                .containsExactly(TransactionStatus.FAILURE, TransactionStatus.SUCCESS);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void failuresOnEveryMethodFailTheFulfillmentAfterMaxAttempts() {
        Order order = engine.newOrder(bank("7.00"));
        for (int t = 1; t <= 3; t++) {
            engine.gateway.onInitiate(ref(order, 1, t), failure(FailureCategory.GATEWAY));
        }

        engine.runUntilQuiet(Duration.ofHours(6));

        assertThat(engine.gateway.calls(Operation.INITIATE)).extracting(Call::method)
                .containsExactly(IMPS, NEFT, OTHER_IMPS);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(values(engine.events(order))).endsWith("FULFILLMENT_ORDER:FAILURE", "ORDER:FULFILLMENTS_FAILURE");
    }

    @Test
    void beneficiaryFailureIsNotRetriedUnderTheDefaultPolicy() {
        Order order = engine.newOrder(bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.BENEFICIARY));

        engine.runUntilQuiet(Duration.ofHours(6));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
    }

    @Test
    void ordersOwnRetryPolicyWinsOverTheDefault() {
        RetryPolicy sameMethodTwice = new RetryPolicy(2, List.of(), RetryAction.RETRY_SAME_METHOD,
                RetryPolicy.DEFAULT.backoff(), Duration.ofHours(1), Duration.ofMinutes(30));
        Order order = engine.newOrder(sameMethodTwice, bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.BENEFICIARY))
                .onInitiate(ref(order, 1, 2), failure(FailureCategory.GATEWAY));

        engine.runUntilQuiet(Duration.ofHours(6));

        assertThat(engine.store.retryPolicy(order.merchantId(), order.id())).contains(sameMethodTwice);
        assertThat(engine.gateway.calls(Operation.INITIATE)).extracting(Call::method).containsExactly(IMPS, IMPS);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
    }

    @Test
    void merchantsDefaultPolicyAppliesToOrdersWithoutTheirOwn() {
        engine.policies = new RetryPolicies(RetryPolicy.DEFAULT,
                Map.of(EngineHarness.ACME, RetryPolicy.DEFAULT.withoutRetries()));
        Order order = engine.newOrder(bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.GATEWAY));

        engine.runUntilQuiet(Duration.ofHours(6));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
    }

    @Test
    void scheduleTimeIsRespected() {
        Instant at = T0.plus(Duration.ofHours(1));
        Order order = engine.newOrder(bank("7.00", info(at, null, null)));

        assertThat(engine.run()).isEqualTo(1);
        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.at(at));
        engine.clock.set(at.minusMillis(1));
        assertThat(engine.run()).isZero();
        engine.clock.set(at);
        assertThat(engine.run()).isEqualTo(1);

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.transactions(order, 1).get(0).createdAt()).isEqualTo(at);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void fulfillmentWhoseWindowClosedBeforeTheEngineCameFailsWithoutAnAttempt() {
        Order order = engine.newOrder(bank("7.00", info(null, 25, null)));
        engine.clock.advance(Duration.ofMinutes(25));

        engine.run();

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.fulfillment(order, 1).transactions()).isEmpty();
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.NONE);
    }

    @Test
    void fulfillmentWithoutAFittingEnabledMethodFailsWithoutAnAttempt() {
        engine.enabled = List.of(IMPS, NEFT);
        Order order = engine.newOrder(upi("3.00"), bank("7.00"));

        engine.run();

        assertThat(engine.gateway.calls()).extracting(Call::reference).containsExactly(ref(order, 2, 1));
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLED_PARTIALLY);
    }

    @Test
    void upiBeneficiaryIsPaidOnAUpiMethod() {
        Order order = engine.newOrder(upi("3.00"));

        engine.run();

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, ref(order, 1, 1), UPI));
        assertThat(engine.fulfillment(order, 1).fulfillmentMethods()).containsExactly(UPI);
    }

    @Test
    void pendingGoesToManualReviewAndALateSuccessSettlesIt() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, pending()); // and the gateway keeps saying so

        // Review comes at the first poll once the limit is reached: at most maxPoll later.
        engine.runUntilQuiet(RetryPolicy.DEFAULT.pendingLimit().plus(TIMINGS.maxPoll()));

        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.MANUAL_REVIEW));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        assertThat(values(engine.events(order))).endsWith("FULFILLMENT_TXN:MANUAL_REVIEW",
                "FULFILLMENT_ORDER:MANUAL_REVIEW", "ORDER:FULFILLMENTS_MANUAL_REVIEW");

        engine.gateway.onInquire(t1, success());
        Instant before = engine.clock.instant();
        engine.runUntilQuiet(Duration.ofHours(12));

        Transaction settled = engine.transactions(order, 1).get(0);
        assertThat(settled.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(settled.updatedAt()).isAfter(before);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
    }

    @Test
    void reversalThroughTheEngineFailsTheFulfillmentForGood() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInquire(t1, failure(FailureCategory.GATEWAY));

        engine.runUntilQuiet(Duration.ofDays(2));

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, t1, IMPS),
                new Call(Operation.INQUIRE, t1, IMPS));
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.REVERSED));
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(values(engine.events(order))).endsWith("FULFILLMENT_TXN:REVERSED", "FULFILLMENT_ORDER:FAILURE",
                "ORDER:FULFILLMENTS_FAILURE");
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.NONE);
    }

    @Test
    void reversalReportedByAWebhookLongAfterTheWatchIsStillRecorded() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.runUntilQuiet(Duration.ofDays(2));
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.NONE);
        int inquiries = engine.gateway.calls(Operation.INQUIRE).size();

        engine.clock.advance(Duration.ofDays(30));
        engine.gateway.onInquire(t1, failure(FailureCategory.GATEWAY));
        assertThat(engine.store.makeDueNow(List.of(t1), engine.clock.instant())).isEqualTo(1);
        engine.runUntilQuiet(Duration.ofDays(2));

        assertThat(engine.gateway.calls(Operation.INQUIRE)).hasSize(inquiries + 1);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.REVERSED));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.NONE);
        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
    }

    @Test
    void conflictThroughTheEngineCountsAsPaid() {
        Order order = engine.newOrder(bank("7.00", info(null, null, false)));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, failure(FailureCategory.GATEWAY)).onInquire(t1, success());

        engine.runUntilQuiet(Duration.ofDays(2));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.CONFLICTED));
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(values(engine.events(order))).containsSubsequence("ORDER:FULFILLMENTS_FAILURE",
                "FULFILLMENT_TXN:CONFLICTED", "FULFILLMENT_ORDER:SUCCESS", "ORDER:FULFILLMENTS_SUCCESSFUL");
    }

    @Test
    void twoFulfillmentsSettleIndependentlyAndTheOrderIsPartlyFulfilled() {
        Order order = engine.newOrder(bank("7.00", info(null, null, false)), bank("3.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.GATEWAY));

        engine.run();

        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.fulfillment(order, 2).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLED_PARTIALLY);
        assertThat(values(engine.events(order))).filteredOn(v -> v.startsWith("ORDER:"))
                .containsExactly("ORDER:FULFILLMENTS_SCHEDULED", "ORDER:FULFILLED_PARTIALLY");
    }

    @Test
    void stepOfAnOrderWhoseClaimWasTakenByAnotherInstanceCallsNoGateway() {
        Order order = engine.newOrder(bank("7.00"));
        Instant now = engine.clock.instant();
        OrderWork mine = engine.store.claimDueOrders("engine-1", now, now.plus(LEASE), 10).get(0);
        engine.clock.advance(LEASE);
        List<OrderWork> theirs = engine.store.claimDueOrders("engine-2", engine.clock.instant(),
                engine.clock.instant().plus(LEASE), 10);
        assertThat(theirs).hasSize(1);

        engine.stepper("engine-1").step(mine);

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.transactions(order, 1)).isEmpty();
        engine.stepper("engine-2").step(theirs.get(0));
        assertThat(engine.gateway.calls()).hasSize(1);
    }

    @Test
    void ordersOfOtherMerchantsAreSteppedWithTheirOwnPolicies() {
        MerchantId other = new MerchantId("other");
        engine.policies = new RetryPolicies(RetryPolicy.DEFAULT, Map.of(other, RetryPolicy.DEFAULT.withoutRetries()));
        Order order = engine.newOrder(bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.GATEWAY));

        engine.run();

        assertThat(engine.workOf(order, 1).retryMethod()).isEqualTo(NEFT);
    }
    @Test
    void retryWhoseBackoffEndsAfterTheWindowFailsWithoutASecondAttempt() {
        RetryPolicy slow = new RetryPolicy(3, List.of(), RetryAction.NEXT_METHOD,
                new Backoff(Duration.ofMinutes(30), 2.0, Duration.ofHours(1)),
                Duration.ofMinutes(20), Duration.ofMinutes(10));
        Order order = engine.newOrder(slow, bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.GATEWAY));

        engine.runUntilQuiet(Duration.ofHours(6));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.transactions(order, 1)).hasSize(1);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
    }

    @Test
    void unknownRetryIsInquiredAndNeverReplacedByAThirdAttempt() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t2 = ref(order, 1, 2);
        engine.gateway.onInitiate(ref(order, 1, 1), failure(FailureCategory.GATEWAY))
                .onInitiate(t2, timeout()).onInquire(t2, timeout(), timeout(), success());

        engine.runUntilQuiet(Duration.ofHours(1));

        assertThat(engine.gateway.calls(Operation.INITIATE)).extracting(Call::reference)
                .containsExactly(ref(order, 1, 1), t2);
        assertThat(engine.gateway.calls(Operation.INQUIRE)).extracting(Call::reference).containsOnly(t2);
        assertThat(engine.transactions(order, 1)).extracting(Transaction::status)
                .containsExactly(TransactionStatus.FAILURE, TransactionStatus.SUCCESS);
    }

    @Test
    void pendingPastTheAttemptThresholdGoesToReviewAndALateFailureThenFailsWithoutRetry() {
        Order order = engine.newOrder(bank("7.00", info(null, 1, null)));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, pending());

        engine.runUntilQuiet(Duration.ofMinutes(2));

        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.MANUAL_REVIEW);
        engine.gateway.onInquire(t1, failure(FailureCategory.GATEWAY));
        engine.runUntilQuiet(Duration.ofHours(3));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.FAILURE));
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
    }

    @Test
    void reviewOfOneFulfillmentHoldsTheOrderInReviewWhileTheOtherIsPaid() {
        Order order = engine.newOrder(bank("7.00"), bank("3.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), pending());

        engine.runUntilQuiet(RetryPolicy.DEFAULT.pendingLimit().plus(TIMINGS.maxPoll()));

        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.MANUAL_REVIEW);
        assertThat(engine.fulfillment(order, 2).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        engine.gateway.onInquire(ref(order, 1, 1), success());
        engine.runUntilQuiet(Duration.ofHours(2));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }
}
