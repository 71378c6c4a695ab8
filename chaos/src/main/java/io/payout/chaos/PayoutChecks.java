package io.payout.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The money checks: every gateway payout belongs to exactly one transaction and agrees with it, no fulfillment is
 * paid twice or given a new reference while an earlier one might still pay, and every terminal order ends as its
 * attempts at the gateway and its retry policy say ({@link PolicyWalk}).
 */
final class PayoutChecks {
    private final Invariants report;

    PayoutChecks(Invariants report) {
        this.report = report;
    }

    void check(Invariants.Seen seen, Map<String, String> statusByOrderId, Map<String, Integer> maxAttemptsByOrderId) {
        Map<String, Invariants.Txn> byRef = new HashMap<>();
        seen.txns().forEach(txn -> byRef.put(txn.ref(), txn));
        int unaccounted = 0, mismatched = 0, processed = 0, reversed = 0;
        for (FakePayoutLedger.Payout payout : seen.payouts()) {
            processed += "processed".equals(payout.status) ? 1 : 0;
            reversed += "reversed".equals(payout.status) ? 1 : 0;
            Invariants.Txn txn = byRef.get(payout.reference);
            if (txn == null) {
                unaccounted++;
                report.finding("unaccounted: gateway payout " + payout.id + " (" + payout.reference + ") has no transaction");
                continue;
            }
            boolean paid = "processed".equals(payout.status);
            if (paid != "SUCCESS".equals(txn.status()) && !"MANUAL_REVIEW".equals(txn.status())) {
                mismatched++;
                report.finding("mismatch: gateway payout " + payout.reference + " is " + payout.status
                        + ", its transaction " + txn.status());
            }
        }
        Set<String> atGateway = new HashSet<>();
        seen.payouts().forEach(payout -> atGateway.add(payout.reference));
        for (Invariants.Txn txn : seen.txns()) {
            if ("SUCCESS".equals(txn.status()) && !atGateway.contains(txn.ref())) {
                mismatched++;
                report.finding("mismatch: transaction " + txn.ref() + " is SUCCESS but the gateway never received it");
            }
        }
        Map<String, List<PolicyWalk.Attempt>> byOrder = new HashMap<>();
        for (PolicyWalk.Attempt attempt : PolicyWalk.attempts(seen.payouts(), seen.refusals())) {
            Invariants.Txn txn = byRef.get(attempt.reference());
            if (txn != null) {
                byOrder.computeIfAbsent(txn.orderId(), o -> new ArrayList<>()).add(attempt);
            }
        }
        int duplicated = 0;
        for (Map.Entry<String, List<PolicyWalk.Attempt>> order : byOrder.entrySet()) {
            if (duplicated(order.getValue())) {
                duplicated++;
                report.finding("duplicated: order " + order.getKey() + " has attempts " + order.getValue());
            }
        }
        checkOutcomes(statusByOrderId, maxAttemptsByOrderId, byOrder);
        report.figures.put("gateway payouts", seen.payouts().size());
        report.figures.put("gateway payouts processed", processed);
        report.figures.put("gateway payouts reversed", reversed);
        report.figures.put("gateway creates refused with 429", seen.refusals().size());
        report.figures.put("DUPLICATED (fulfillments paid twice or resent while unknown)", duplicated);
        report.figures.put("UNACCOUNTED (gateway payouts without exactly one transaction)", unaccounted);
        report.figures.put("MISMATCHED (gateway and service disagree)", mismatched);
    }

    /**
     * More than one paid payout, or an attempt that reached the gateway before every earlier one had been shown
     * failed in a readable answer (a reversed or paid earlier attempt never allows another).
     */
    static boolean duplicated(List<PolicyWalk.Attempt> attempts) {
        long paid = attempts.stream().filter(a -> a.verdict() == PolicyWalk.Verdict.PAID).count();
        for (int i = 1; i < attempts.size(); i++) {
            for (int j = 0; j < i; j++) {
                PolicyWalk.Attempt earlier = attempts.get(j);
                if (!earlier.failed() || earlier.knownFailedMillis() == 0
                        || earlier.knownFailedMillis() > attempts.get(i).firstSeenMillis()) {
                    return true;
                }
            }
        }
        return paid > 1;
    }

    private void checkOutcomes(Map<String, String> statusByOrderId, Map<String, Integer> maxAttemptsByOrderId,
                               Map<String, List<PolicyWalk.Attempt>> byOrder) {
        int wrong = 0, beyondPolicy = 0, paidOnRetry = 0, exhausted = 0;
        for (Map.Entry<String, String> order : statusByOrderId.entrySet()) {
            String status = order.getValue();
            List<PolicyWalk.Attempt> attempts = byOrder.getOrDefault(order.getKey(), List.of());
            PolicyWalk.Result result = PolicyWalk.walk(attempts, maxAttemptsByOrderId.get(order.getKey()));
            if (result.beyondPolicy() > 0) {
                beyondPolicy++;
                report.finding("beyond policy: order " + order.getKey() + " made " + result.beyondPolicy()
                        + " attempts after its policy said to stop: " + attempts);
            }
            if (status == null || !Invariants.TERMINAL.contains(status)) {
                continue;
            }
            String expected = switch (result.expected()) {
                case SUCCESS -> "FULFILLMENTS_SUCCESSFUL";
                case FAILURE -> "FULFILLMENTS_FAILURE";
                case ANOTHER_ATTEMPT -> "another attempt (a retryable failure with attempts left)";
                case UNDECIDED -> "its payout to settle at the gateway first";
                case NO_ATTEMPT -> "an attempt at the gateway";
            };
            if (!expected.equals(status)) {
                wrong++;
                report.finding("wrong outcome: order " + order.getKey() + " is " + status + ", expected " + expected
                        + "; attempts " + attempts);
            }
            boolean retried = attempts.size() > 1;
            paidOnRetry += retried && "FULFILLMENTS_SUCCESSFUL".equals(status) ? 1 : 0;
            exhausted += result.expected() == PolicyWalk.Expected.FAILURE && !attempts.isEmpty()
                    && attempts.get(attempts.size() - 1).verdict() == PolicyWalk.Verdict.RETRYABLE_FAILURE ? 1 : 0;
        }
        report.figures.put("orders paid on a retry (new reference)", paidOnRetry);
        report.figures.put("orders failed with every attempt used", exhausted);
        report.figures.put("WRONG OUTCOME (terminal status not what the gateway and the retry policy say)", wrong);
        report.figures.put("RETRIES BEYOND POLICY (attempts after the policy said stop)", beyondPolicy);
    }
}
