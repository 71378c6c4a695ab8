package io.payout.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The final checks: what the service says (status API, its transactions, its outbox) against what the fake gateway's
 * ledger, its webhooks and the callback receiver's log saw. Figures whose name starts with a word in capitals count
 * violations and must be zero; the others describe the run.
 */
final class Invariants {
    static final Set<String> TERMINAL = Set.of("FULFILLMENTS_SUCCESSFUL", "FULFILLMENTS_FAILURE",
            "FULFILLED_PARTIALLY", "FULFILLMENTS_CANCELLED");
    static final String REVIEW = "FULFILLMENTS_MANUAL_REVIEW";

    /** A transaction row of the service's database. */
    record Txn(String ref, String orderId, String fulfillmentId, String status) {
    }

    /** A callback of the service's outbox. */
    record OutboxCallback(String callbackId, String orderId, long seq, String status) {
    }

    /**
     * Everything the checks read. {@code accepted}: merchant orderId to our order id; {@code maxAttempts} and
     * {@code statuses} (from GET; absent: not found) by merchant orderId.
     */
    record Seen(Map<String, String> accepted, Map<String, Integer> maxAttempts, Map<String, String> statuses,
                List<FakePayoutLedger.Payout> payouts, List<FakePayoutLedger.Refusal> refusals, List<Txn> txns,
                List<OutboxCallback> outbox, List<CallbackReceiver.Received> received,
                Map<String, Integer> webhookOutcomes, List<FakeRazorpayXWebhooks.ForgedClaim> forgedClaims) {
    }

    final Map<String, Integer> figures = new TreeMap<>();
    final List<String> findings = new ArrayList<>();

    void check(Seen seen) {
        Map<String, String> statusByOrderId = new HashMap<>();
        Map<String, Integer> maxAttemptsByOrderId = new HashMap<>();
        int lost = 0, review = 0, successful = 0, failed = 0;
        for (Map.Entry<String, String> order : seen.accepted().entrySet()) {
            String status = seen.statuses().get(order.getKey());
            statusByOrderId.put(order.getValue(), status);
            maxAttemptsByOrderId.put(order.getValue(), seen.maxAttempts().getOrDefault(order.getKey(), 1));
            if (status == null || !(TERMINAL.contains(status) || REVIEW.equals(status))) {
                lost++;
                finding("lost: order " + order.getKey() + " (" + order.getValue() + ") is " + status);
                continue;
            }
            review += REVIEW.equals(status) ? 1 : 0;
            successful += "FULFILLMENTS_SUCCESSFUL".equals(status) ? 1 : 0;
            failed += "FULFILLMENTS_FAILURE".equals(status) ? 1 : 0;
        }
        figures.put("orders accepted", seen.accepted().size());
        figures.put("orders successful", successful);
        figures.put("orders failed", failed);
        figures.put("orders in manual review at the end", review);
        figures.put("LOST", lost);
        new PayoutChecks(this).check(seen, statusByOrderId, maxAttemptsByOrderId);
        WebhookChecks.check(this, seen);
        checkCallbacks(statusByOrderId, seen.outbox(), seen.received());
    }

    private void checkCallbacks(Map<String, String> statusByOrderId, List<OutboxCallback> outbox,
                                List<CallbackReceiver.Received> received) {
        Map<String, List<CallbackReceiver.Received>> byOrder = new HashMap<>();
        Set<String> receivedIds = new HashSet<>();
        int badSignatures = 0;
        for (CallbackReceiver.Received callback : received) {
            byOrder.computeIfAbsent(callback.orderId(), o -> new ArrayList<>()).add(callback);
            receivedIds.add(callback.orderId() + "-c" + callback.sequence());
            if (!callback.signatureHolds()) {
                badSignatures++;
                finding("bad signature: callback " + callback.webhookId() + " (" + callback.label() + " "
                        + callback.value() + ")");
            }
        }
        int missed = 0, outOfOrder = 0, idMismatch = 0;
        for (Map.Entry<String, String> order : statusByOrderId.entrySet()) {
            String status = order.getValue();
            List<CallbackReceiver.Received> got = byOrder.getOrDefault(order.getKey(), List.of());
            if (status != null && TERMINAL.contains(status)) {
                CallbackReceiver.Received last = null;
                for (CallbackReceiver.Received callback : got) {
                    if ("ORDER".equals(callback.label()) && (last == null || callback.sequence() > last.sequence())) {
                        last = callback;
                    }
                }
                if (last == null || !status.equals(last.value())) {
                    missed++;
                    finding("missed: order " + order.getKey() + " is " + status + ", its last ORDER callback "
                            + (last == null ? "never came" : "said " + last.value()));
                }
            }
            long highest = 0;
            for (CallbackReceiver.Received callback : got) {
                if (callback.sequence() < highest) {
                    outOfOrder++;
                    finding("out of order: " + callback.webhookId() + " arrived after sequence " + highest);
                }
                highest = Math.max(highest, callback.sequence());
                if (!(callback.orderId() + "-c" + callback.sequence()).equals(callback.webhookId())) {
                    idMismatch++;
                }
            }
        }
        int notReceived = 0, givenUp = 0, pending = 0;
        for (OutboxCallback callback : outbox) {
            givenUp += "FAILED".equals(callback.status()) ? 1 : 0;
            boolean open = "PENDING".equals(callback.status()) || "QUEUED".equals(callback.status());
            pending += open ? 1 : 0;
            if (!open && !receivedIds.contains(callback.callbackId())) {
                notReceived++;
                finding("not received: callback " + callback.callbackId() + " is " + callback.status()
                        + " in the outbox but never reached the receiver");
            }
        }
        figures.put("callbacks written", outbox.size());
        figures.put("callbacks received (with duplicates)", received.size());
        figures.put("callbacks still pending at the end", pending);
        figures.put("CALLBACKS MISSED (terminal order without its final ORDER callback)", missed);
        figures.put("CALLBACKS NOT RECEIVED (delivered or given up, never seen)", notReceived);
        figures.put("CALLBACKS GIVEN UP (FAILED)", givenUp);
        figures.put("CALLBACKS OUT OF ORDER", outOfOrder);
        figures.put("CALLBACK IDS NOT <order>-c<sequence>", idMismatch);
        figures.put("CALLBACK SIGNATURES BAD (Standard Webhooks, merchant's secret)", badSignatures);
    }

    /** The figures that must be zero: their names start with a word in capitals. */
    boolean broken() {
        return figures.entrySet().stream().anyMatch(e -> mustBeZero(e.getKey()) && e.getValue() != 0);
    }

    static boolean mustBeZero(String figure) {
        String first = figure.split(" ")[0];
        return first.equals(first.toUpperCase());
    }

    void finding(String text) {
        if (findings.size() < 200) {
            findings.add(text);
        }
    }
}
