package io.payout.chaos;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The gateway webhooks' checks: a correctly signed webhook is never refused, a forged one never accepted, and no
 * transaction ends as a forged webhook claimed when the gateway says otherwise.
 */
final class WebhookChecks {
    private WebhookChecks() {
    }

    static void check(Invariants report, Invariants.Seen seen) {
        Map<String, Integer> outcomes = seen.webhookOutcomes();
        outcomes.forEach((what, count) -> report.figures.put("webhooks " + what, count));
        report.figures.put("GENUINE WEBHOOKS REFUSED (4xx)", outcomes.getOrDefault("genuine refused (401)", 0)
                + outcomes.getOrDefault("genuine refused otherwise (4xx)", 0));
        report.figures.put("FORGED WEBHOOKS ACCEPTED (2xx)", outcomes.getOrDefault("forged accepted (2xx)", 0));
        Map<String, Invariants.Txn> txnByRef = new HashMap<>();
        seen.txns().forEach(txn -> txnByRef.put(txn.ref(), txn));
        Map<String, String> truth = new HashMap<>();
        seen.payouts().forEach(payout -> truth.put(payout.reference, payout.status));
        Set<String> believed = new HashSet<>();
        for (FakeRazorpayXWebhooks.ForgedClaim claim : seen.forgedClaims()) {
            Invariants.Txn txn = txnByRef.get(claim.reference());
            if (txn == null || claim.claim().equals(truth.get(claim.reference()))) {
                continue;
            }
            boolean believesPaid = "SUCCESS".equals(txn.status()) || "CONFLICTED".equals(txn.status());
            boolean believesFailed = "FAILURE".equals(txn.status()) || "REVERSED".equals(txn.status());
            if ("processed".equals(claim.claim()) ? believesPaid : believesFailed) {
                if (believed.add(claim.reference())) {
                    report.finding("forged claim believed: " + claim.reference() + " is " + txn.status()
                            + " as a forged webhook claimed (" + claim.claim() + "); the gateway says "
                            + truth.get(claim.reference()));
                }
            }
        }
        report.figures.put("FORGED CLAIMS BELIEVED (transactions ending as a forged webhook claimed, not as the gateway"
                + " says)", believed.size());
    }
}
