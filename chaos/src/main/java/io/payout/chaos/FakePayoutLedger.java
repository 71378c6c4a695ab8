package io.payout.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every payout the fake RazorpayX created, keyed by its idempotency reference ({@code reference_id}), with when it
 * settles. Settlement is lazy: a payout moves from {@code processing} to {@code processed} (or {@code failed}, for
 * amounts of x.13 rupees, a beneficiary bank refusal) when it is read after its settle time.
 */
final class FakePayoutLedger {
    /** One payout as the gateway holds it. */
    static final class Payout {
        final String id;
        final String reference;
        final long amountPaise;
        final long createdMillis;
        final long settleAtMillis;
        final long createdAtSeconds;
        volatile String status = "processing";
        volatile long settledMillis;

        Payout(String id, String reference, long amountPaise, long createdMillis, long settleAtMillis, long seconds) {
            this.id = id;
            this.reference = reference;
            this.amountPaise = amountPaise;
            this.createdMillis = createdMillis;
            this.settleAtMillis = settleAtMillis;
            this.createdAtSeconds = seconds;
        }

        boolean fails() {
            return amountPaise % 100 == 13;
        }
    }

    private final Map<String, Payout> byReference = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong clock = new AtomicLong(1_700_000_000);

    synchronized Payout create(String reference, long amountPaise, long settleDelayMillis) {
        Payout existing = byReference.get(reference);
        if (existing != null) {
            return existing;
        }
        long now = System.currentTimeMillis();
        Payout payout = new Payout("pout_" + String.format("%014d", ids.incrementAndGet()), reference, amountPaise,
                now, now + settleDelayMillis, clock.incrementAndGet());
        byReference.put(reference, payout);
        return payout;
    }

    synchronized Payout withReference(String reference) {
        Payout payout = byReference.get(reference);
        if (payout != null) {
            settle(payout);
        }
        return payout;
    }

    synchronized List<Payout> all() {
        byReference.values().forEach(FakePayoutLedger::settle);
        return new ArrayList<>(byReference.values());
    }

    /** The payout entity as RazorpayX shows it. */
    synchronized Map<String, Object> entity(Payout payout) {
        settle(payout);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", payout.id);
        entity.put("entity", "payout");
        entity.put("fund_account_id", "fa_" + payout.id.substring(5));
        entity.put("amount", payout.amountPaise);
        entity.put("currency", "INR");
        entity.put("fees", 0);
        entity.put("tax", 0);
        entity.put("status", payout.status);
        entity.put("utr", "processed".equals(payout.status) ? "UTR" + payout.id.substring(5) : null);
        entity.put("mode", "IMPS");
        entity.put("purpose", "payout");
        entity.put("reference_id", payout.reference);
        entity.put("status_details", "failed".equals(payout.status)
                ? Map.of("source", "beneficiary_bank", "reason", "beneficiary_bank_rejected",
                "description", "The beneficiary bank rejected the payout")
                : null);
        entity.put("created_at", payout.createdAtSeconds);
        return entity;
    }

    private static void settle(Payout payout) {
        long now = System.currentTimeMillis();
        if ("processing".equals(payout.status) && now >= payout.settleAtMillis) {
            payout.status = payout.fails() ? "failed" : "processed";
            payout.settledMillis = now;
        }
    }
}
