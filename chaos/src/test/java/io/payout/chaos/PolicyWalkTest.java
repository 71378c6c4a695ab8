package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.payout.chaos.PolicyWalk.Attempt;
import io.payout.chaos.PolicyWalk.Expected;
import io.payout.chaos.PolicyWalk.Result;
import io.payout.chaos.PolicyWalk.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a fulfillment's attempts at the gateway should have led to under the workload's retry policies. */
class PolicyWalkTest {
    @Test
    void aPaidFirstAttemptIsASuccess() {
        assertEquals(new Result(Expected.SUCCESS, 0), PolicyWalk.walk(attempts(Verdict.PAID), 3));
    }

    @Test
    void aRetryableFailureThenAPaidRetryIsASuccess() {
        assertEquals(new Result(Expected.SUCCESS, 0),
                PolicyWalk.walk(attempts(Verdict.RETRYABLE_FAILURE, Verdict.PAID), 2));
    }

    @Test
    void retryableFailuresUpToMaxAttemptsAreAFailure() {
        assertEquals(new Result(Expected.FAILURE, 0), PolicyWalk.walk(attempts(Verdict.RETRYABLE_FAILURE,
                Verdict.RETRYABLE_FAILURE, Verdict.RETRYABLE_FAILURE), 3));
        assertEquals(new Result(Expected.FAILURE, 0),
                PolicyWalk.walk(attempts(Verdict.RETRYABLE_FAILURE, Verdict.RETRYABLE_FAILURE), 2));
    }

    @Test
    void aRetryableFailureWithAttemptsLeftCallsForAnotherAttempt() {
        assertEquals(new Result(Expected.ANOTHER_ATTEMPT, 0),
                PolicyWalk.walk(attempts(Verdict.RETRYABLE_FAILURE, Verdict.RETRYABLE_FAILURE), 3));
    }

    @Test
    void attemptsAfterTheLastAllowedOneAreBeyondThePolicy() {
        assertEquals(new Result(Expected.FAILURE, 1), PolicyWalk.walk(attempts(Verdict.RETRYABLE_FAILURE,
                Verdict.RETRYABLE_FAILURE, Verdict.PAID), 2));
    }

    @Test
    void finalFailuresAndReversalsAreNeverRetried() {
        assertEquals(new Result(Expected.FAILURE, 0), PolicyWalk.walk(attempts(Verdict.FINAL_FAILURE), 3));
        assertEquals(new Result(Expected.FAILURE, 1),
                PolicyWalk.walk(attempts(Verdict.FINAL_FAILURE, Verdict.PAID), 3));
        assertEquals(new Result(Expected.FAILURE, 1), PolicyWalk.walk(attempts(Verdict.REVERSED, Verdict.PAID), 3));
    }

    @Test
    void noAttemptOrAnUndecidedOneLeavesNothingToExpectOfATerminalOrder() {
        assertEquals(new Result(Expected.NO_ATTEMPT, 0), PolicyWalk.walk(List.of(), 3));
        assertEquals(new Result(Expected.UNDECIDED, 0), PolicyWalk.walk(attempts(Verdict.UNDECIDED), 3));
    }

    @Test
    void attemptsAreOrderedByWhenTheGatewayFirstHeardOfThem() {
        FakePayoutLedger.Payout second = payout("ref-2", 300, "processed");
        FakePayoutLedger.Payout first = payout("ref-1", 100, "failed");
        List<FakePayoutLedger.Refusal> refusals = List.of(new FakePayoutLedger.Refusal("ref-0", 50),
                new FakePayoutLedger.Refusal("ref-1", 90));

        List<Attempt> attempts = PolicyWalk.attempts(List.of(second, first), refusals);

        assertEquals(List.of(new Attempt("ref-0", 50, Verdict.RETRYABLE_FAILURE, 50),
                new Attempt("ref-1", 90, Verdict.FINAL_FAILURE, 0),
                new Attempt("ref-2", 300, Verdict.PAID, 0)), attempts);
    }

    private static FakePayoutLedger.Payout payout(String ref, long createdMillis, String status) {
        FakePayoutLedger.Payout payout = new FakePayoutLedger.Payout("pout_" + ref, ref, "9100", 1213,
                FakePayoutLedger.Fate.FAILED_BENEFICIARY, createdMillis, createdMillis, 0, 1);
        payout.status = status;
        return payout;
    }

    private static List<Attempt> attempts(Verdict... verdicts) {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            attempts.add(new Attempt("ref-" + i, i * 100L, verdicts[i], i * 100L + 50));
        }
        return attempts;
    }
}
