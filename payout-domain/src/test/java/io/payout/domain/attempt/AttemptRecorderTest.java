package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.BACKOFF;
import static io.payout.domain.attempt.Fixtures.BANK_METHODS;
import static io.payout.domain.attempt.Fixtures.IMPS;
import static io.payout.domain.attempt.Fixtures.NEFT;
import static io.payout.domain.attempt.Fixtures.NEXT_METHOD_ALWAYS;
import static io.payout.domain.attempt.Fixtures.RTGS;
import static io.payout.domain.attempt.Fixtures.RULES;
import static io.payout.domain.attempt.Fixtures.T0;
import static io.payout.domain.attempt.Fixtures.TIMINGS;
import static io.payout.domain.attempt.Fixtures.bank;
import static io.payout.domain.attempt.Fixtures.failed;
import static io.payout.domain.attempt.Fixtures.info;
import static io.payout.domain.attempt.Fixtures.pending;
import static io.payout.domain.attempt.Fixtures.succeeded;
import static io.payout.domain.attempt.Fixtures.timeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttemptRecorderTest {
    private static final Instant T1 = T0.plusSeconds(2);
    private final AttemptRecorder recorder = new AttemptRecorder(RULES);
    private final Order order = Fixtures.oneBankOrder();
    private final FulfillmentId f1 = order.fulfillments().get(0).id();

    /** The order picked up at T0, with a first attempt begun on the first of {@code methods}. */
    private OrderProgress attemptedOn(Order o, FulfillmentId id, List<MethodId> methods) {
        OrderProgress p = new OrderProgress(o, T0);
        recorder.pickUp(p);
        recorder.beginAttempt(p, id, new Step.Attempt(methods.get(0), methods));
        return p;
    }

    private OrderProgress attempted() {
        return attemptedOn(order, f1, BANK_METHODS);
    }

    /** A fresh progress at {@code at} over what {@code before} made (as the engine does between commits). */
    private static OrderProgress later(OrderProgress before, Instant at) {
        return new OrderProgress(before.order(), at);
    }

    private static Transaction latest(OrderProgress p, FulfillmentId id) {
        return p.fulfillment(id).latestTransaction().orElseThrow();
    }

    private NextWork answer(OrderProgress p, GatewayResult result, boolean initiation, RetryPolicy policy) {
        return recorder.record(p, f1, latest(p, f1), result, initiation, policy);
    }

    private static StatusEvent event(EventLabel label, String id, Object value, Instant at) {
        return new StatusEvent(label, id, value.toString(), at);
    }

    @Nested
    class PickUpAndBegin {
        @Test
        void pickUpSchedulesAReadyOrderOnce() {
            OrderProgress p = new OrderProgress(order, T0);

            recorder.pickUp(p);
            recorder.pickUp(p);

            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
            assertThat(p.events()).containsExactly(event(EventLabel.ORDER, order.id().value(),
                    OrderStatus.FULFILLMENTS_SCHEDULED, T0));
        }

        @Test
        void pickUpLeavesAnOrderAwaitingPaymentAlone() {
            OrderProgress p = new OrderProgress(order.withStatus(OrderStatus.CREATED, T0), T0);

            recorder.pickUp(p);

            assertThat(p.order().status()).isEqualTo(OrderStatus.CREATED);
            assertThat(p.events()).isEmpty();
        }

        @Test
        void firstAttemptIsACreatedTransactionWhoseReferenceComesFromItsId() {
            OrderProgress p = new OrderProgress(order, T0);
            recorder.pickUp(p);

            Transaction t = recorder.beginAttempt(p, f1, new Step.Attempt(IMPS, BANK_METHODS));

            assertThat(t.id()).isEqualTo(f1.transaction(1));
            assertThat(t.transactionRef()).isEqualTo(new TransactionRef(f1.value().replace("-", "") + "t1"));
            assertThat(t.method()).isEqualTo(IMPS);
            assertThat(t.status()).isEqualTo(TransactionStatus.CREATED);
            assertThat(t.amount()).isEqualTo(order.fulfillments().get(0).amount());
            assertThat(t.createdAt()).isEqualTo(T0);
            Fulfillment f = p.fulfillment(f1);
            assertThat(f.transactions()).containsExactly(t);
            assertThat(f.fulfillmentMethods()).isEqualTo(BANK_METHODS);
            assertThat(f.status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
            assertThat(p.events()).containsExactly(
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_SCHEDULED, T0),
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.CREATED, T0),
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.PENDING, T0));
        }

        @Test
        void retryIsTheNextNumberedTransactionAndKeepsThePlan() {
            OrderProgress p = later(attempted(), T1);
            answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS);

            Transaction retry = recorder.beginAttempt(p, f1, new Step.Attempt(NEFT, List.of(NEFT)));

            assertThat(retry.id()).isEqualTo(f1.transaction(2));
            assertThat(retry.transactionRef()).isNotEqualTo(p.fulfillment(f1).transactions().get(0).transactionRef());
            assertThat(retry.method()).isEqualTo(NEFT);
            assertThat(p.fulfillment(f1).fulfillmentMethods()).isEqualTo(BANK_METHODS);
            assertThat(p.fulfillment(f1).transactions()).hasSize(2);
        }

        @Test
        void failureWithoutAttemptFailsTheFulfillmentAndTheOrder() {
            OrderProgress p = new OrderProgress(order, T0);
            recorder.pickUp(p);

            recorder.failWithoutAttempt(p, f1);

            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.FAILURE);
            assertThat(p.fulfillment(f1).transactions()).isEmpty();
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
            assertThat(p.events()).containsExactly(
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_SCHEDULED, T0),
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.FAILURE, T0),
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_FAILURE, T0));
        }
    }

    @Nested
    class Success {
        @Test
        void successSettlesTransactionFulfillmentAndOrderAndIsWatched() {
            OrderProgress p = later(attempted(), T1);
            Transaction t = latest(p, f1);

            NextWork next = answer(p, succeeded(), true, NEXT_METHOD_ALWAYS);

            Transaction paid = latest(p, f1);
            assertThat(paid.status()).isEqualTo(TransactionStatus.SUCCESS);
            assertThat(paid.gatewayResponse().gatewayRefId()).isEqualTo("gw-1");
            assertThat(paid.gatewayResponse().rawResponse()).contains("SUCCESS");
            assertThat(paid.updatedAt()).isEqualTo(T1);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
            assertThat(next).isEqualTo(NextWork.at(T1.plus(TIMINGS.reviewPoll())));
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.SUCCESS, T1),
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.SUCCESS, T1),
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_SUCCESSFUL, T1));
        }

        @Test
        void successLearnedLateIsWatchedFromItsSettlement() {
            Instant settled = T0.plus(TIMINGS.settledWatch());
            OrderProgress p = later(attempted(), settled);

            assertThat(answer(p, succeeded(), false, NEXT_METHOD_ALWAYS))
                    .isEqualTo(NextWork.at(settled.plus(TIMINGS.reviewPoll())));
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        }

        @Test
        void repeatedSuccessChangesNothing() {
            OrderProgress first = later(attempted(), T1);
            answer(first, succeeded(), true, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, T1.plusSeconds(60));

            NextWork next = answer(p, succeeded(), false, NEXT_METHOD_ALWAYS);

            assertThat(p.events()).isEmpty();
            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.SUCCESS);
            assertThat(next.retryMethod()).isNull();
        }

        @Test
        void onePaidOfTwoLeavesTheOrderScheduledThenPartlyFulfilledWhenTheOtherFails() {
            Order two = Fixtures.order(bank("7.00"), bank("3.00", info(null, null, false)));
            FulfillmentId f2 = two.fulfillments().get(1).id();
            OrderProgress p = attemptedOn(two, two.fulfillments().get(0).id(), BANK_METHODS);
            recorder.beginAttempt(p, f2, new Step.Attempt(IMPS, BANK_METHODS));
            p = later(p, T1);

            recorder.record(p, f1, latest(p, f1), succeeded(), true, NEXT_METHOD_ALWAYS);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
            recorder.record(p, f2, latest(p, f2), failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS);

            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLED_PARTIALLY);
            assertThat(p.events()).filteredOn(e -> e.label() == EventLabel.ORDER)
                    .containsExactly(event(EventLabel.ORDER, two.id().value(), OrderStatus.FULFILLED_PARTIALLY, T1));
        }
    }

    @Nested
    class FailureAndRetry {
        @Test
        void failureIsRetriedOnTheNextMethodAfterTheBackoff() {
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS);

            assertThat(next).isEqualTo(new NextWork(T1.plus(BACKOFF.delay(1)), NEFT));
            Transaction t = latest(p, f1);
            assertThat(t.status()).isEqualTo(TransactionStatus.FAILURE);
            assertThat(t.gatewayResponse().responseCode()).isEqualTo("E101");
            assertThat(t.gatewayResponse().responseMessage()).isEqualTo("bank offline");
            assertThat(t.gatewayResponse().responseDescription()).isEqualTo("GATEWAY");
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.FAILURE, T1));
        }

        @Test
        void backoffGrowsWithEachAttemptMade() {
            OrderProgress p = later(attempted(), T1);
            answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS);
            recorder.beginAttempt(p, f1, new Step.Attempt(NEFT, BANK_METHODS));

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS);

            assertThat(next).isEqualTo(new NextWork(T1.plus(BACKOFF.delay(2)), RTGS));
            assertThat(BACKOFF.delay(2)).isEqualTo(Duration.ofSeconds(10));
        }

        @Test
        void ruleCanRetryOnTheSameMethod() {
            RetryPolicy sameMethod = new RetryPolicy(3, List.of(new RetryRule(List.of("E101"), null,
                    RetryAction.RETRY_SAME_METHOD)), RetryAction.STOP, BACKOFF, Duration.ofHours(24), Duration.ofHours(2));
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), true, sameMethod);

            assertThat(next.retryMethod()).isEqualTo(IMPS);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
        }

        @Test
        void ruleCanStopTheFulfillment() {
            RetryPolicy stop = new RetryPolicy(3, List.of(new RetryRule(null, List.of(FailureCategory.GATEWAY),
                    RetryAction.STOP)), RetryAction.NEXT_METHOD, BACKOFF, Duration.ofHours(24), Duration.ofHours(2));
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), true, stop);

            assertFailedForGood(p, next, T1);
        }

        @Test
        void failureStopsOnceMaxAttemptsWereMade() {
            RetryPolicy two = new RetryPolicy(2, List.of(), RetryAction.NEXT_METHOD, BACKOFF, Duration.ofHours(24),
                    Duration.ofHours(2));
            OrderProgress p = later(attempted(), T1);
            assertThat(answer(p, failed(FailureCategory.GATEWAY), true, two).retryMethod()).isEqualTo(NEFT);
            recorder.beginAttempt(p, f1, new Step.Attempt(NEFT, BANK_METHODS));

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), true, two);

            assertFailedForGood(p, next, T1);
            assertThat(p.fulfillment(f1).transactions()).hasSize(2);
        }

        @Test
        void policyWithoutRetriesStopsAfterTheFirstFailure() {
            OrderProgress p = later(attempted(), T1);

            assertFailedForGood(p, answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS.withoutRetries()),
                    T1);
        }

        @Test
        void fulfillmentMarkedNotRetriableStops() {
            Order notRetriable = Fixtures.order(bank("7.00", info(null, null, false)));
            OrderProgress p = later(attemptedOn(notRetriable, f1, BANK_METHODS), T1);

            assertFailedForGood(p, answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS), T1);
        }

        @Test
        void fulfillmentMarkedRetriableIsRetried() {
            Order retriable = Fixtures.order(bank("7.00", info(null, null, true)));
            OrderProgress p = later(attemptedOn(retriable, f1, BANK_METHODS), T1);

            assertThat(answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS).retryMethod())
                    .isEqualTo(NEFT);
        }

        @Test
        void failureTheGatewaySaysCannotBeRetriedStops() {
            OrderProgress p = later(attempted(), T1);

            assertFailedForGood(p, answer(p, failed("E7", FailureCategory.GATEWAY, false), true, NEXT_METHOD_ALWAYS),
                    T1);
        }

        @Test
        void beneficiaryFailureStopsUnderTheDefaultPolicy() {
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, failed("INVALID_ACCOUNT", FailureCategory.BENEFICIARY, true), true,
                    RetryPolicy.DEFAULT);

            assertFailedForGood(p, next, T1);
        }

        @Test
        void gatewayFailureWithoutResponseCodeIsRetriedUnderTheDefaultPolicy() {
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, failed(null, FailureCategory.GATEWAY, true), true, RetryPolicy.DEFAULT);

            assertThat(next.retryMethod()).isEqualTo(NEFT);
        }

        @Test
        void nextMethodStopsWhenNoMethodIsLeft() {
            OrderProgress p = later(attemptedOn(order, f1, List.of(IMPS)), T1);

            assertFailedForGood(p, answer(p, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS), T1);
        }

        @Test
        void failureAfterTheWindowClosedIsNotRetried() {
            Order quick = Fixtures.order(bank("7.00", info(null, 1, null)));
            Instant afterWindow = T0.plus(Duration.ofMinutes(1));
            OrderProgress p = later(attemptedOn(quick, f1, BANK_METHODS), afterWindow);

            assertFailedForGood(p, answer(p, failed(FailureCategory.GATEWAY), false, NEXT_METHOD_ALWAYS),
                    afterWindow);
        }

        private void assertFailedForGood(OrderProgress p, NextWork next, Instant at) {
            assertThat(next.retryMethod()).isNull();
            assertThat(next.dueAt()).isEqualTo(at.plus(TIMINGS.reviewPoll()));
            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.FAILURE);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.FAILURE);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
            assertThat(p.events()).contains(
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.FAILURE, at),
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_FAILURE, at));
        }
    }

    @Nested
    class PendingAndReview {
        @Test
        void pendingKeepsTheTransactionOpenAndPollsAfterHalfItsAge() {
            Instant at = T0.plus(Duration.ofMinutes(4));
            OrderProgress p = later(attempted(), at);

            NextWork next = answer(p, pending(), false, NEXT_METHOD_ALWAYS);

            assertThat(next).isEqualTo(NextWork.at(at.plus(Duration.ofMinutes(2))));
            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.PENDING);
            assertThat(latest(p, f1).gatewayResponse().gatewayRefId()).isEqualTo("gw-1");
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, latest(p, f1).id().value(), TransactionStatus.PENDING, at));
        }

        @Test
        void pendingAgainAddsNoEvent() {
            OrderProgress first = later(attempted(), T1);
            answer(first, pending(), true, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, T1.plusSeconds(30));

            answer(p, pending(), false, NEXT_METHOD_ALWAYS);

            assertThat(p.events()).isEmpty();
        }

        @Test
        void pendingPastThePendingLimitGoesToManualReview() {
            Instant at = T0.plus(NEXT_METHOD_ALWAYS.pendingLimit());
            OrderProgress p = later(attempted(), at);

            NextWork next = answer(p, pending(), false, NEXT_METHOD_ALWAYS);

            assertInReview(p, next, at);
        }

        @Test
        void pendingJustBeforeThePendingLimitStaysPending() {
            OrderProgress p = later(attempted(), T0.plus(NEXT_METHOD_ALWAYS.pendingLimit()).minusMillis(1));

            answer(p, pending(), false, NEXT_METHOD_ALWAYS);

            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
        }

        @Test
        void pendingPastTheAttemptWindowGoesToManualReview() {
            Order quick = Fixtures.order(bank("7.00", info(null, 1, null)));
            Instant at = T0.plus(Duration.ofMinutes(1));
            OrderProgress p = later(attemptedOn(quick, f1, BANK_METHODS), at);

            assertInReview(p, answer(p, pending(), false, NEXT_METHOD_ALWAYS), at);
        }

        @Test
        void unknownPastThePendingLimitGoesToManualReview() {
            Instant at = T0.plus(Duration.ofHours(3));
            OrderProgress p = later(attempted(), at);

            assertInReview(p, answer(p, timeout(), false, NEXT_METHOD_ALWAYS), at);
        }

        @Test
        void reviewStaysReviewWhileTheGatewayHasNoFinalWord() {
            Instant at = T0.plus(Duration.ofHours(3));
            OrderProgress first = later(attempted(), at);
            answer(first, pending(), false, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, at.plus(TIMINGS.reviewPoll()));

            NextWork next = answer(p, pending(), false, NEXT_METHOD_ALWAYS);
            answer(p, timeout(), false, NEXT_METHOD_ALWAYS);

            assertThat(next).isEqualTo(NextWork.at(p.now().plus(TIMINGS.reviewPoll())));
            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.MANUAL_REVIEW);
            assertThat(p.events()).isEmpty();
        }

        @Test
        void lateSuccessSettlesATransactionInReview() {
            Instant at = T0.plus(Duration.ofHours(3));
            OrderProgress first = later(attempted(), at);
            answer(first, pending(), false, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, at.plus(Duration.ofHours(5)));

            NextWork next = answer(p, succeeded(), false, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.SUCCESS);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
            assertThat(next).as("watched from its settlement").isEqualTo(NextWork.at(at.plus(Duration.ofHours(5))
                    .plus(TIMINGS.reviewPoll())));
            assertThat(p.events()).extracting(StatusEvent::value)
                    .containsExactly("SUCCESS", "SUCCESS", "FULFILLMENTS_SUCCESSFUL");
        }

        @Test
        void lateFailureEndsTheReviewAndMayRetryWithinTheWindow() {
            Instant at = T0.plus(Duration.ofHours(3));
            OrderProgress first = later(attempted(), at);
            answer(first, pending(), false, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, at.plus(Duration.ofHours(1)));

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), false, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.FAILURE);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
            assertThat(next.retryMethod()).isEqualTo(NEFT);
        }

        private void assertInReview(OrderProgress p, NextWork next, Instant at) {
            Transaction t = latest(p, f1);
            assertThat(t.status()).isEqualTo(TransactionStatus.MANUAL_REVIEW);
            assertThat(t.isOpen()).isTrue();
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.MANUAL_REVIEW);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
            assertThat(next).isEqualTo(NextWork.at(at.plus(TIMINGS.reviewPoll())));
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.MANUAL_REVIEW, at),
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.MANUAL_REVIEW, at),
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_MANUAL_REVIEW, at));
        }
    }

    @Nested
    class Unknown {
        @Test
        void unknownAnswerToAnInitiationMarksTheTransactionInitiatedAndKeepsItOpen() {
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, timeout(), true, NEXT_METHOD_ALWAYS);

            Transaction t = latest(p, f1);
            assertThat(t.status()).isEqualTo(TransactionStatus.INITIATED);
            assertThat(t.gatewayResponse().responseDescription()).isEqualTo("read timed out");
            assertThat(t.gatewayResponse().gatewayRefId()).isNull();
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(next).isEqualTo(NextWork.at(T1.plus(TIMINGS.firstPoll())));
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.INITIATED, T1));
        }

        @Test
        void unknownAnswerToAnInquiryChangesNoStatus() {
            OrderProgress p = later(attempted(), T1);

            answer(p, timeout(), false, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.CREATED);
            assertThat(p.events()).isEmpty();
        }

        @Test
        void unknownAfterPendingKeepsItPendingAndTheGatewayReference() {
            OrderProgress first = later(attempted(), T1);
            answer(first, pending(), true, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, T1.plusSeconds(20));

            answer(p, timeout(), false, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.PENDING);
            assertThat(latest(p, f1).gatewayResponse().gatewayRefId()).isEqualTo("gw-1");
        }

        @Test
        void unknownNeverRetriesNorFails() {
            OrderProgress p = later(attempted(), T1.plus(Duration.ofMinutes(30)));

            NextWork next = answer(p, timeout(), true, NEXT_METHOD_ALWAYS);

            assertThat(next.retryMethod()).isNull();
            assertThat(p.fulfillment(f1).transactions()).hasSize(1);
            assertThat(latest(p, f1).isOpen()).isTrue();
        }
    }

    @Nested
    class NotSent {
        private final GatewayResult busy = new GatewayResult.NotSent("gateway busy");

        private void assertAskedAgainSoon(NextWork next, Instant at) {
            assertThat(next.retryMethod()).isNull();
            assertThat(next.dueAt()).isBetween(at.plus(TIMINGS.firstPoll()), at.plus(TIMINGS.firstPoll().multipliedBy(2)));
        }

        @Test
        void anInitiationNotSentLeavesTheTransactionCreatedWithoutAnEvent() {
            OrderProgress p = later(attempted(), T1);

            NextWork next = answer(p, busy, true, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.CREATED);
            assertThat(latest(p, f1).gatewayResponse().responseDescription()).isNull();
            assertThat(p.events()).isEmpty();
            assertAskedAgainSoon(next, T1);
        }

        @Test
        void aPollNotSentPastThePendingLimitDoesNotSendTheTransactionToReview() {
            OrderProgress first = later(attempted(), T1);
            answer(first, pending(), true, NEXT_METHOD_ALWAYS);
            Instant late = T0.plus(NEXT_METHOD_ALWAYS.pendingLimit()).plusSeconds(1);
            OrderProgress p = later(first, late);

            NextWork next = answer(p, busy, false, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.PENDING);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(p.events()).isEmpty();
            assertAskedAgainSoon(next, late);
        }

        @Test
        void aSettledTransactionsPollNotSentAtTheEndOfTheWatchIsMadeAgainSoThatTheWatchEndsWithAnAnswer() {
            OrderProgress first = later(attempted(), T1);
            answer(first, succeeded(), true, NEXT_METHOD_ALWAYS);
            Instant watchEnd = T1.plus(TIMINGS.settledWatch());
            OrderProgress p = later(first, watchEnd);

            NextWork refused = answer(p, busy, false, NEXT_METHOD_ALWAYS);

            assertAskedAgainSoon(refused, watchEnd);
            OrderProgress answered = later(p, refused.dueAt());
            assertThat(answer(answered, succeeded(), false, NEXT_METHOD_ALWAYS)).isEqualTo(NextWork.NONE);
            assertThat(latest(answered, f1).status()).isEqualTo(TransactionStatus.SUCCESS);
        }

        @Test
        void anUnknownAnswerAtTheEndOfTheWatchDoesNotEndItUntilAClearAnswerAtMostAnotherWatchLater() {
            OrderProgress first = later(attempted(), T1);
            answer(first, succeeded(), true, NEXT_METHOD_ALWAYS);
            Instant watchEnd = T1.plus(TIMINGS.settledWatch());
            OrderProgress p = later(first, watchEnd);

            assertThat(answer(p, timeout(), false, NEXT_METHOD_ALWAYS))
                    .isEqualTo(NextWork.at(watchEnd.plus(TIMINGS.reviewPoll())));
            OrderProgress reversed = later(p, watchEnd.plus(TIMINGS.reviewPoll()));
            assertThat(answer(reversed, failed(FailureCategory.BENEFICIARY), false, NEXT_METHOD_ALWAYS)).isEqualTo(NextWork.NONE);
            assertThat(latest(reversed, f1).status()).isEqualTo(TransactionStatus.REVERSED);

            OrderProgress muchLater = later(first, T1.plus(TIMINGS.settledWatch().multipliedBy(2)));
            assertThat(answer(muchLater, timeout(), false, NEXT_METHOD_ALWAYS)).isEqualTo(NextWork.NONE);
        }

        @Test
        void callsNotSentTogetherComeBackSpreadOverTheirReferences() {
            java.util.Set<Instant> due = new java.util.HashSet<>();
            for (int i = 0; i < 20; i++) {
                Order other = Order.acceptFulfillOnly(io.payout.domain.OrderId.random(), order.merchantId(),
                        order.merchantOrderId(), order.amount(), order.customer(), order.udfs(),
                        List.of(Fixtures.bank("7.00")), T0);
                FulfillmentId id = other.fulfillments().get(0).id();
                OrderProgress p = later(attemptedOn(other, id, BANK_METHODS), T1);
                due.add(recorder.record(p, id, latest(p, id), busy, true, NEXT_METHOD_ALWAYS).dueAt());
            }
            assertThat(due).hasSizeGreaterThan(5);
        }
    }

    @Nested
    class ChangesOfMind {
        @Test
        void failureAfterASuccessIsAReversalAndIsNeverRetried() {
            OrderProgress first = later(attempted(), T1);
            answer(first, succeeded(), true, NEXT_METHOD_ALWAYS);
            Instant at = T1.plus(Duration.ofMinutes(30));
            OrderProgress p = later(first, at);

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), false, NEXT_METHOD_ALWAYS);

            Transaction t = latest(p, f1);
            assertThat(t.status()).isEqualTo(TransactionStatus.REVERSED);
            assertThat(t.isPaid()).isFalse();
            assertThat(t.gatewayResponse().gatewayRefId()).isEqualTo("gw-1");
            assertThat(t.gatewayResponse().responseCode()).isEqualTo("E101");
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.FAILURE);
            assertThat(p.fulfillment(f1).transactions()).hasSize(1);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_FAILURE);
            assertThat(next).isEqualTo(NextWork.NONE);
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.REVERSED, at),
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.FAILURE, at),
                    event(EventLabel.ORDER, order.id().value(), OrderStatus.FULFILLMENTS_FAILURE, at));
            assertThat(RULES.nextStep(p.fulfillment(f1), NEXT_METHOD_ALWAYS, NextWork.at(at), BANK_METHODS, at))
                    .isEqualTo(new Step.Idle());
        }

        @Test
        void successAfterAFailureIsAConflictAndCountsAsPaid() {
            Order single = Fixtures.order(bank("7.00", info(null, null, false)));
            OrderProgress first = later(attemptedOn(single, f1, BANK_METHODS), T1);
            answer(first, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS);
            Instant at = T1.plus(Duration.ofMinutes(30));
            OrderProgress p = later(first, at);

            NextWork next = answer(p, succeeded(), false, NEXT_METHOD_ALWAYS);

            Transaction t = latest(p, f1);
            assertThat(t.status()).isEqualTo(TransactionStatus.CONFLICTED);
            assertThat(t.isPaid()).isTrue();
            assertThat(t.gatewayResponse().gatewayRefId()).isEqualTo("gw-1");
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
            assertThat(p.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
            assertThat(next).isEqualTo(NextWork.NONE);
            assertThat(p.events()).containsExactly(
                    event(EventLabel.FULFILLMENT_TXN, t.id().value(), TransactionStatus.CONFLICTED, at),
                    event(EventLabel.FULFILLMENT_ORDER, f1.value(), FulfillmentStatus.SUCCESS, at),
                    event(EventLabel.ORDER, single.id().value(), OrderStatus.FULFILLMENTS_SUCCESSFUL, at));
        }

        @Test
        void conflictCancelsAPlannedRetry() {
            OrderProgress first = later(attempted(), T1);
            assertThat(answer(first, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS).retryMethod())
                    .isEqualTo(NEFT);
            OrderProgress p = later(first, T1.plusSeconds(1));

            NextWork next = answer(p, succeeded(), false, NEXT_METHOD_ALWAYS);

            assertThat(next).isEqualTo(NextWork.NONE);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
            assertThat(RULES.nextStep(p.fulfillment(f1), NEXT_METHOD_ALWAYS, new NextWork(p.now(), NEFT), BANK_METHODS,
                    p.now())).isEqualTo(new Step.Idle());
        }

        @Test
        void answersThatAgreeWithASettledTransactionChangeNothing() {
            OrderProgress paid = later(attempted(), T1);
            answer(paid, succeeded(), true, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(paid, T1.plusSeconds(60));

            answer(p, pending(), false, NEXT_METHOD_ALWAYS);
            answer(p, timeout(), false, NEXT_METHOD_ALWAYS);
            answer(p, new GatewayResult.Unknown("not found", true, null), false, NEXT_METHOD_ALWAYS);

            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.SUCCESS);
            assertThat(p.events()).isEmpty();
        }

        @Test
        void failureRepeatedAboutAFailedTransactionChangesNothing() {
            OrderProgress first = later(attempted(), T1);
            answer(first, failed(FailureCategory.GATEWAY), true, NEXT_METHOD_ALWAYS.withoutRetries());
            OrderProgress p = later(first, T1.plusSeconds(60));

            NextWork next = answer(p, failed(FailureCategory.GATEWAY), false, NEXT_METHOD_ALWAYS);

            assertThat(p.events()).isEmpty();
            assertThat(next.retryMethod()).isNull();
            assertThat(p.fulfillment(f1).transactions()).hasSize(1);
        }

        @Test
        void reversedAndConflictedAreFinal() {
            OrderProgress first = later(attempted(), T1);
            answer(first, succeeded(), true, NEXT_METHOD_ALWAYS);
            answer(first, failed(FailureCategory.GATEWAY), false, NEXT_METHOD_ALWAYS);
            OrderProgress p = later(first, T1.plusSeconds(60));

            assertThat(answer(p, succeeded(), false, NEXT_METHOD_ALWAYS)).isEqualTo(NextWork.NONE);
            assertThat(latest(p, f1).status()).isEqualTo(TransactionStatus.REVERSED);
            assertThat(p.fulfillment(f1).status()).isEqualTo(FulfillmentStatus.FAILURE);
            assertThat(p.events()).isEmpty();
        }
    }
}
