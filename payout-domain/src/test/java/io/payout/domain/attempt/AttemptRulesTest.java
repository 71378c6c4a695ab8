package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.BANK_METHODS;
import static io.payout.domain.attempt.Fixtures.IMPS;
import static io.payout.domain.attempt.Fixtures.NEFT;
import static io.payout.domain.attempt.Fixtures.NEXT_METHOD_ALWAYS;
import static io.payout.domain.attempt.Fixtures.RULES;
import static io.payout.domain.attempt.Fixtures.T0;
import static io.payout.domain.attempt.Fixtures.attempted;
import static io.payout.domain.attempt.Fixtures.fulfillment;
import static io.payout.domain.attempt.Fixtures.info;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttemptRulesTest {
    private static final Instant NOW = T0.plusSeconds(1);
    private static final NextWork DUE = NextWork.at(NOW);
    private final Fulfillment fresh = fulfillment(AdditionalInfo.NONE);

    private static Step next(Fulfillment f, NextWork work, List<MethodId> candidates, Instant now) {
        return RULES.nextStep(f, NEXT_METHOD_ALWAYS, work, candidates, now);
    }

    @Test
    void firstAttemptIsOnTheFirstCandidateAndPlansThemAll() {
        assertThat(next(fresh, DUE, List.of(NEFT, IMPS), NOW)).isEqualTo(new Step.Attempt(NEFT, List.of(NEFT, IMPS)));
    }

    @Test
    void firstAttemptFollowsThePlanAlreadyMadeOverTheCandidates() {
        Fulfillment planned = fresh.withFulfillmentMethods(List.of(IMPS, NEFT), T0);

        assertThat(next(planned, DUE, List.of(NEFT), NOW)).isEqualTo(new Step.Attempt(IMPS, List.of(IMPS, NEFT)));
    }

    @Test
    void fulfillmentWithoutAnyMethodFails() {
        assertThat(next(fresh, DUE, List.of(), NOW)).isInstanceOf(Step.Fail.class);
    }

    @Test
    void scheduleTimeInTheFutureIsWaitedFor() {
        Instant later = NOW.plus(Duration.ofHours(3));
        Fulfillment scheduled = fulfillment(info(later, null, null));

        assertThat(next(scheduled, DUE, BANK_METHODS, NOW)).isEqualTo(new Step.WaitUntil(later));
        assertThat(next(scheduled, DUE, BANK_METHODS, later)).isEqualTo(new Step.Attempt(IMPS, BANK_METHODS));
    }

    @Test
    void scheduleTimeInThePastDoesNotDelayTheAttempt() {
        Fulfillment scheduled = fulfillment(info(T0.minus(Duration.ofDays(1)), null, null));

        assertThat(next(scheduled, DUE, BANK_METHODS, NOW)).isEqualTo(new Step.Attempt(IMPS, BANK_METHODS));
    }

    @Test
    void firstAttemptFailsOnceThePolicyWindowHasClosed() {
        Instant windowEnd = T0.plus(NEXT_METHOD_ALWAYS.attemptWindow());

        assertThat(next(fresh, DUE, BANK_METHODS, windowEnd.minusMillis(1))).isInstanceOf(Step.Attempt.class);
        assertThat(next(fresh, DUE, BANK_METHODS, windowEnd)).isInstanceOf(Step.Fail.class);
    }

    @Test
    void attemptThresholdOverridesThePolicyWindow() {
        Fulfillment quick = fulfillment(info(null, 25, null));

        assertThat(RULES.windowEnd(quick, NEXT_METHOD_ALWAYS)).isEqualTo(T0.plus(Duration.ofMinutes(25)));
        assertThat(next(quick, DUE, BANK_METHODS, T0.plus(Duration.ofMinutes(25)))).isInstanceOf(Step.Fail.class);
    }

    @Test
    void windowStartsAtTheScheduleTimeWhenLater() {
        Instant at = T0.plus(Duration.ofDays(2));

        assertThat(RULES.windowEnd(fulfillment(info(at, 30, null)), NEXT_METHOD_ALWAYS))
                .isEqualTo(at.plus(Duration.ofMinutes(30)));
        assertThat(RULES.windowEnd(fulfillment(info(at, null, null)), NEXT_METHOD_ALWAYS))
                .isEqualTo(at.plus(NEXT_METHOD_ALWAYS.attemptWindow()));
        assertThat(RULES.windowEnd(fulfillment(info(T0.minusSeconds(60), 30, null)), NEXT_METHOD_ALWAYS))
                .isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(next(fulfillment(info(at, 30, null)), DUE, BANK_METHODS, at.plus(Duration.ofMinutes(29))))
                .isInstanceOf(Step.Attempt.class);
    }

    @Test
    void cancelledFulfillmentIsLeftAlone() {
        Fulfillment cancelled = fresh.withStatus(FulfillmentStatus.CANCELLED, T0);

        assertThat(next(cancelled, DUE, BANK_METHODS, NOW)).isEqualTo(new Step.Idle());
    }

    @Test
    void fulfillmentFailedWithoutAttemptIsLeftAlone() {
        Fulfillment failed = fresh.withStatus(FulfillmentStatus.FAILURE, T0);

        assertThat(next(failed, DUE, BANK_METHODS, NOW)).isEqualTo(new Step.Idle());
    }

    @ParameterizedTest
    @EnumSource(value = TransactionStatus.class, names = {"CREATED", "INITIATED", "PENDING", "MANUAL_REVIEW"})
    void openTransactionIsInquiredNeverReplaced(TransactionStatus open) {
        FulfillmentStatus status = open == TransactionStatus.MANUAL_REVIEW ? FulfillmentStatus.MANUAL_REVIEW
                : FulfillmentStatus.PENDING;
        Fulfillment f = attempted(fresh, status, T0, open);

        Step step = next(f, new NextWork(NOW, NEFT), BANK_METHODS, NOW.plus(Duration.ofDays(30)));

        assertThat(step).isEqualTo(new Step.Inquire(f.transactions().get(0)));
    }

    @Test
    void openRetryAfterAFailureIsInquiredNotReplaced() {
        Fulfillment f = attempted(fresh, FulfillmentStatus.PENDING, T0, TransactionStatus.FAILURE,
                TransactionStatus.INITIATED);

        assertThat(next(f, new NextWork(NOW, RTGS()), BANK_METHODS, NOW))
                .isEqualTo(new Step.Inquire(f.transactions().get(1)));
    }

    @Test
    void retryDecidedAfterAFailureIsAttemptedOnItsMethod() {
        Fulfillment f = attempted(fresh, FulfillmentStatus.PENDING, T0, TransactionStatus.FAILURE);

        assertThat(next(f, new NextWork(NOW, NEFT), BANK_METHODS, NOW)).isEqualTo(new Step.Attempt(NEFT, BANK_METHODS));
    }

    @Test
    void retryFailsWhenTheWindowClosedDuringTheBackoff() {
        Fulfillment f = attempted(fresh, FulfillmentStatus.PENDING, T0, TransactionStatus.FAILURE);
        Instant windowEnd = RULES.windowEnd(f, NEXT_METHOD_ALWAYS);

        assertThat(next(f, new NextWork(windowEnd, NEFT), BANK_METHODS, windowEnd)).isInstanceOf(Step.Fail.class);
    }

    @Test
    void settledTransactionIsWatchedForAChangeOfMindThenComesBackOnlyWhenMadeDue() {
        Fulfillment paid = attempted(fresh, FulfillmentStatus.SUCCESS, T0, TransactionStatus.SUCCESS);
        Fulfillment failed = attempted(fresh, FulfillmentStatus.FAILURE, T0, TransactionStatus.FAILURE);
        Instant watchEnd = T0.plus(Fixtures.TIMINGS.settledWatch());

        Duration poll = Fixtures.TIMINGS.reviewPoll();
        assertThat(RULES.watchOrRest(paid.transactions().get(0), T0)).isEqualTo(NextWork.at(T0.plus(poll)));
        assertThat(RULES.watchOrRest(failed.transactions().get(0), T0)).isEqualTo(NextWork.at(T0.plus(poll)));
        assertThat(RULES.watchOrRest(paid.transactions().get(0), watchEnd.minus(poll))).isEqualTo(NextWork.NONE);
        assertThat(RULES.watchOrRest(failed.transactions().get(0), watchEnd)).isEqualTo(NextWork.NONE);
        // Made due (by a gateway webhook or an operator) within the watch or long after it: inquired all the same.
        for (Instant at : List.of(watchEnd.minusMillis(1), watchEnd, watchEnd.plus(Duration.ofDays(30)))) {
            assertThat(next(paid, DUE, List.of(), at)).isEqualTo(new Step.Inquire(paid.transactions().get(0)));
            assertThat(next(failed, DUE, List.of(), at)).isEqualTo(new Step.Inquire(failed.transactions().get(0)));
        }
    }

    @Test
    void theWatchCountsFromTheSettlementNotFromTheCreation() {
        Duration watch = Fixtures.TIMINGS.settledWatch();
        Duration poll = Fixtures.TIMINGS.reviewPoll();
        Instant settledAt = T0.plus(watch); // an attempt that stayed open as long as the watch lasts
        Transaction late = Transaction.created(fresh.id().transaction(1), IMPS, fresh.amount(), T0)
                .with(TransactionStatus.SUCCESS, GatewayResponse.NONE, settledAt);

        assertThat(RULES.watchOrRest(late, settledAt)).isEqualTo(NextWork.at(settledAt.plus(poll)));
        assertThat(RULES.watchOrRest(late, settledAt.plus(watch).minus(poll))).isEqualTo(NextWork.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionStatus.class, names = {"REVERSED", "CONFLICTED"})
    void reversedOrConflictedTransactionIsFinal(TransactionStatus status) {
        FulfillmentStatus fs = status == TransactionStatus.REVERSED ? FulfillmentStatus.FAILURE : FulfillmentStatus.SUCCESS;
        Fulfillment f = attempted(fresh, fs, T0, status);

        assertThat(next(f, DUE, BANK_METHODS, NOW)).isEqualTo(new Step.Idle());
        assertThat(next(f, new NextWork(NOW, NEFT), BANK_METHODS, NOW)).isEqualTo(new Step.Idle());
    }

    @Test
    void failedFulfillmentIsNeverRetriedEvenIfARetryMethodLingers() {
        Fulfillment f = attempted(fresh, FulfillmentStatus.FAILURE, T0, TransactionStatus.FAILURE);

        // Due, so its transaction is inquired for a change of mind; a new attempt, never.
        assertThat(next(f, new NextWork(NOW, NEFT), BANK_METHODS, NOW.plus(Duration.ofDays(1))))
                .isEqualTo(new Step.Inquire(f.transactions().get(0)));
    }

    private static MethodId RTGS() {
        return Fixtures.RTGS;
    }
}
