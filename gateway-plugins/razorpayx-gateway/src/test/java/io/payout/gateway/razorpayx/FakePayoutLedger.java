package io.payout.gateway.razorpayx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The payouts the fake RazorpayX holds, as payout entities, and the statuses tests script for them. */
final class FakePayoutLedger {
    private final List<Map<String, Object>> payouts = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong clock = new AtomicLong(1_700_000_000);
    private String nextStatus = "processing";
    private Map<String, Object> nextDetails;

    /** The status (and status_details) the next created payout starts in. */
    synchronized void nextPayoutStarts(String status, String source, String reason, String description) {
        nextStatus = status;
        nextDetails = details(source, reason, description);
    }

    synchronized Map<String, Object> create(Object request) {
        Map<String, Object> payout = new LinkedHashMap<>();
        payout.put("id", "pout_" + String.format("%014d", ids.incrementAndGet()));
        payout.put("entity", "payout");
        payout.put("fund_account_id", "fa_" + ids.get());
        payout.put("amount", JsonPath.at(request, "amount").orElse(BigDecimal.ZERO));
        payout.put("currency", "INR");
        payout.put("mode", JsonPath.text(request, "mode").orElse(null));
        payout.put("purpose", JsonPath.text(request, "purpose").orElse(null));
        payout.put("reference_id", JsonPath.text(request, "reference_id").orElse(null));
        payout.put("narration", JsonPath.text(request, "narration").orElse(null));
        payout.put("utr", null);
        payout.put("created_at", BigDecimal.valueOf(clock.incrementAndGet()));
        apply(payout, nextStatus, nextDetails);
        payouts.add(payout);
        return payout;
    }

    /** Moves every payout with the reference to a status, as the bank's answers would. */
    synchronized void transition(String referenceId, String status, String source, String reason, String description) {
        for (Map<String, Object> payout : withReference(referenceId)) {
            apply(payout, status, details(source, reason, description));
        }
    }

    /** RazorpayX cancels queued payouts only. */
    synchronized java.util.Optional<Map<String, Object>> cancelIfQueued(String payoutId) {
        return payouts.stream()
                .filter(payout -> payoutId.equals(payout.get("id")) && "queued".equals(payout.get("status")))
                .findFirst()
                .map(payout -> {
                    apply(payout, "cancelled", details("business", "cancelled_by_user", "Payout cancelled"));
                    return payout;
                });
    }

    synchronized List<Map<String, Object>> withReference(String referenceId) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int i = payouts.size() - 1; i >= 0; i--) {
            if (referenceId.equals(payouts.get(i).get("reference_id"))) {
                found.add(payouts.get(i));
            }
        }
        return found;
    }

    synchronized int count() {
        return payouts.size();
    }

    private static void apply(Map<String, Object> payout, String status, Map<String, Object> details) {
        payout.put("status", status);
        payout.put("status_details", details);
        if ("processed".equals(status) || "reversed".equals(status)) {
            payout.put("utr", "UTR" + String.valueOf(payout.get("id")).substring(5));
        }
    }

    private static Map<String, Object> details(String source, String reason, String description) {
        if (source == null && reason == null && description == null) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("reason", reason);
        details.put("description", description);
        return details;
    }
}
