package io.payout.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fulfillment's attempts, as the gateway saw them, should have led to under the workload's retry policies
 * (both: stop on a beneficiary or internal failure, retry a gateway failure on the same method, up to maxAttempts
 * attempts in all; a reversal is never retried). Independent of what the service says: it reads only the fake's
 * ledger, in the order the attempts reached the gateway.
 */
final class PolicyWalk {
    /** What the gateway made of one attempt (one reference). */
    enum Verdict { PAID, REVERSED, FINAL_FAILURE, RETRYABLE_FAILURE, UNDECIDED }

    /** What the fulfillment should end as. */
    enum Expected { SUCCESS, FAILURE, ANOTHER_ATTEMPT, UNDECIDED, NO_ATTEMPT }

    /**
     * One reference at the gateway: when the gateway first heard of it (a payout made or a create refused), its
     * verdict, and when a readable answer first showed it failed (0: never).
     */
    record Attempt(String reference, long firstSeenMillis, Verdict verdict, long knownFailedMillis) {
        boolean failed() {
            return verdict == Verdict.FINAL_FAILURE || verdict == Verdict.RETRYABLE_FAILURE;
        }
    }

    /** The expected end, and how many attempts came after the policy said to stop. */
    record Result(Expected expected, int beyondPolicy) {
    }

    private PolicyWalk() {
    }

    static Result walk(List<Attempt> attempts, int maxAttempts) {
        int k = attempts.size();
        if (k == 0) {
            return new Result(Expected.NO_ATTEMPT, 0);
        }
        for (int i = 0; i < k; i++) {
            Expected end = switch (attempts.get(i).verdict()) {
                case PAID -> Expected.SUCCESS;
                case REVERSED, FINAL_FAILURE -> Expected.FAILURE;
                case UNDECIDED -> Expected.UNDECIDED;
                case RETRYABLE_FAILURE -> i + 1 >= maxAttempts ? Expected.FAILURE
                        : i == k - 1 ? Expected.ANOTHER_ATTEMPT : null;
            };
            if (end != null) {
                return new Result(end, k - 1 - i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Every reference the gateway heard of, as an attempt, oldest first: a payout's verdict is its status (a
     * {@code gateway} failure is retryable, a {@code beneficiary_bank} one final); a create refused with 429 and never
     * made afterwards is a retryable failure, known at once.
     */
    static List<Attempt> attempts(List<FakePayoutLedger.Payout> payouts, List<FakePayoutLedger.Refusal> refusals) {
        Map<String, Attempt> byReference = new LinkedHashMap<>();
        for (FakePayoutLedger.Refusal refusal : refusals) {
            byReference.put(refusal.reference(), new Attempt(refusal.reference(), refusal.atMillis(),
                    Verdict.RETRYABLE_FAILURE, refusal.atMillis()));
        }
        for (FakePayoutLedger.Payout payout : payouts) {
            Attempt refused = byReference.get(payout.reference);
            long firstSeen = refused == null ? payout.createdMillis : Math.min(refused.firstSeenMillis(), payout.createdMillis);
            byReference.put(payout.reference, new Attempt(payout.reference, firstSeen, verdict(payout),
                    payout.knownFailedMillis));
        }
        List<Attempt> attempts = new ArrayList<>(byReference.values());
        attempts.sort(Comparator.comparingLong(Attempt::firstSeenMillis));
        return attempts;
    }

    static Verdict verdict(FakePayoutLedger.Payout payout) {
        return switch (payout.status) {
            case "processed" -> Verdict.PAID;
            case "reversed" -> Verdict.REVERSED;
            case "failed" -> "gateway".equals(payout.failureSource()) ? Verdict.RETRYABLE_FAILURE : Verdict.FINAL_FAILURE;
            default -> Verdict.UNDECIDED;
        };
    }
}
