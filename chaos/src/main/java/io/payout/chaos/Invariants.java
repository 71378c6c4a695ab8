package io.payout.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The final checks: what the service says (status API, its transactions) against what the fake gateway's ledger
 * and the callback receiver's log saw. Each figure counts violations; all must be zero.
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

    final Map<String, Integer> figures = new TreeMap<>();
    final List<String> findings = new ArrayList<>();

    /**
     * @param statuses   merchant orderId -> status from GET (null: not found)
     * @param accepted   merchant orderId -> our order id
     * @param expectFail merchant orderIds whose payout the fake's bank refuses
     */
    void check(Map<String, String> accepted, Map<String, String> statuses, Set<String> expectFail,
               List<FakePayoutLedger.Payout> payouts, List<Txn> txns, List<OutboxCallback> outbox,
               List<CallbackReceiver.Received> received) {
        Map<String, String> statusByOrderId = new HashMap<>();
        int lost = 0, review = 0, successful = 0, failed = 0, wrongOutcome = 0;
        for (Map.Entry<String, String> order : accepted.entrySet()) {
            String status = statuses.get(order.getKey());
            statusByOrderId.put(order.getValue(), status);
            if (status == null || !(TERMINAL.contains(status) || REVIEW.equals(status))) {
                lost++;
                finding("lost: order " + order.getKey() + " (" + order.getValue() + ") is " + status);
                continue;
            }
            review += REVIEW.equals(status) ? 1 : 0;
            successful += "FULFILLMENTS_SUCCESSFUL".equals(status) ? 1 : 0;
            failed += "FULFILLMENTS_FAILURE".equals(status) ? 1 : 0;
            String expected = expectFail.contains(order.getKey()) ? "FULFILLMENTS_FAILURE" : "FULFILLMENTS_SUCCESSFUL";
            if (TERMINAL.contains(status) && !expected.equals(status)) {
                wrongOutcome++;
                finding("wrong outcome: order " + order.getKey() + " is " + status + ", expected " + expected);
            }
        }
        figures.put("orders accepted", accepted.size());
        figures.put("orders successful", successful);
        figures.put("orders failed (bank refusals)", failed);
        figures.put("orders in manual review at the end", review);
        figures.put("LOST", lost);
        figures.put("WRONG OUTCOME", wrongOutcome);
        checkPayouts(payouts, txns);
        checkCallbacks(statusByOrderId, outbox, received);
    }

    private void checkPayouts(List<FakePayoutLedger.Payout> payouts, List<Txn> txns) {
        Map<String, Txn> byRef = new HashMap<>();
        txns.forEach(txn -> byRef.put(txn.ref(), txn));
        Map<String, List<FakePayoutLedger.Payout>> byFulfillment = new HashMap<>();
        int unaccounted = 0, mismatched = 0, processed = 0;
        for (FakePayoutLedger.Payout payout : payouts) {
            processed += "processed".equals(payout.status) ? 1 : 0;
            Txn txn = byRef.get(payout.reference);
            if (txn == null) {
                unaccounted++;
                finding("unaccounted: gateway payout " + payout.id + " (" + payout.reference + ") has no transaction");
                continue;
            }
            byFulfillment.computeIfAbsent(txn.fulfillmentId(), f -> new ArrayList<>()).add(payout);
            boolean paid = "processed".equals(payout.status);
            if (paid != "SUCCESS".equals(txn.status()) && !"MANUAL_REVIEW".equals(txn.status())) {
                mismatched++;
                finding("mismatch: gateway payout " + payout.reference + " is " + payout.status
                        + ", its transaction " + txn.status());
            }
        }
        Set<String> atGateway = new HashSet<>();
        payouts.forEach(payout -> atGateway.add(payout.reference));
        for (Txn txn : txns) {
            if ("SUCCESS".equals(txn.status()) && !atGateway.contains(txn.ref())) {
                mismatched++;
                finding("mismatch: transaction " + txn.ref() + " is SUCCESS but the gateway never received it");
            }
        }
        int duplicated = 0;
        for (Map.Entry<String, List<FakePayoutLedger.Payout>> entry : byFulfillment.entrySet()) {
            List<FakePayoutLedger.Payout> list = new ArrayList<>(entry.getValue());
            list.sort(Comparator.comparingLong(p -> p.createdMillis));
            long paid = list.stream().filter(p -> "processed".equals(p.status)).count();
            boolean resentWhileUnknown = false;
            for (int i = 1; i < list.size(); i++) {
                for (int j = 0; j < i; j++) {
                    FakePayoutLedger.Payout earlier = list.get(j);
                    if (!"failed".equals(earlier.status) || earlier.settledMillis > list.get(i).createdMillis) {
                        resentWhileUnknown = true;
                    }
                }
            }
            if (paid > 1 || resentWhileUnknown) {
                duplicated++;
                finding("duplicated: fulfillment " + entry.getKey() + " has " + list.size() + " gateway payouts, "
                        + paid + " paid");
            }
        }
        figures.put("gateway payouts", payouts.size());
        figures.put("gateway payouts processed", processed);
        figures.put("DUPLICATED (fulfillments paid twice or resent while unknown)", duplicated);
        figures.put("UNACCOUNTED (gateway payouts without exactly one transaction)", unaccounted);
        figures.put("MISMATCHED (gateway and service disagree)", mismatched);
    }

    private void checkCallbacks(Map<String, String> statusByOrderId, List<OutboxCallback> outbox,
                                List<CallbackReceiver.Received> received) {
        Map<String, List<CallbackReceiver.Received>> byOrder = new HashMap<>();
        Set<String> receivedIds = new HashSet<>();
        for (CallbackReceiver.Received callback : received) {
            byOrder.computeIfAbsent(callback.orderId(), o -> new ArrayList<>()).add(callback);
            receivedIds.add(callback.orderId() + "-c" + callback.sequence());
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
    }

    /** The figures that must be zero: their names start with a word in capitals. */
    boolean broken() {
        return figures.entrySet().stream().anyMatch(e -> mustBeZero(e.getKey()) && e.getValue() != 0);
    }

    static boolean mustBeZero(String figure) {
        String first = figure.split(" ")[0];
        return first.equals(first.toUpperCase());
    }

    private void finding(String text) {
        if (findings.size() < 200) {
            findings.add(text);
        }
    }
}
