package io.payout.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Every payout the fake RazorpayX created, keyed by its idempotency reference ({@code reference_id}), with what the
 * gateway decided for it ({@link Fate}) and when each status change happened; and every create it refused with a 429
 * (nothing done). A payout starts {@code processing}, becomes {@code processed} or {@code failed} at its settle time
 * and, if its fate is a reversal, {@code reversed} a little later. Changes happen when {@link #advance} is called (a
 * ticker in the fake) or when the payout is next read, whichever comes first, and each is told to the listener (the
 * fake's webhooks).
 */
final class FakePayoutLedger {
    /** What the gateway does with a payout. */
    enum Fate { PROCESSED, FAILED_BENEFICIARY, FAILED_GATEWAY, REVERSED }

    /**
     * The fate of the {@code nth} payout (from 1) to one bank account, by the paise of its amount: x.13 a refusal by
     * the beneficiary's bank (final), x.27 a failure at the gateway's partner bank for the first payout only (a retry
     * is paid), x.41 that failure every time, x.55 paid then reversed; anything else paid.
     */
    static Fate fate(long amountPaise, int nth) {
        return switch ((int) (amountPaise % 100)) {
            case 13 -> Fate.FAILED_BENEFICIARY;
            case 27 -> nth == 1 ? Fate.FAILED_GATEWAY : Fate.PROCESSED;
            case 41 -> Fate.FAILED_GATEWAY;
            case 55 -> Fate.REVERSED;
            default -> Fate.PROCESSED;
        };
    }

    /** One payout as the gateway holds it. */
    static final class Payout {
        final String id;
        final String reference;
        final String account;
        final long amountPaise;
        final Fate fate;
        final long createdMillis;
        final long settleAtMillis;
        final long reverseAtMillis;
        final long createdAtSeconds;
        volatile String status = "processing";
        /** When it became processed or failed (0: not yet). */
        volatile long settledMillis;
        /** When it became reversed (0: not). */
        volatile long reversedMillis;
        /** When an answer the connector could read first showed it failed or reversed (0: never). */
        volatile long knownFailedMillis;

        Payout(String id, String reference, String account, long amountPaise, Fate fate, long createdMillis,
               long settleAtMillis, long reverseAtMillis, long createdAtSeconds) {
            this.id = id;
            this.reference = reference;
            this.account = account;
            this.amountPaise = amountPaise;
            this.fate = fate;
            this.createdMillis = createdMillis;
            this.settleAtMillis = settleAtMillis;
            this.reverseAtMillis = reverseAtMillis;
            this.createdAtSeconds = createdAtSeconds;
        }

        boolean failed() {
            return "failed".equals(status);
        }

        /** The {@code status_details.source} of a failure or reversal; null otherwise. */
        String failureSource() {
            return switch (fate) {
                case FAILED_GATEWAY -> "gateway";
                case FAILED_BENEFICIARY, REVERSED -> "beneficiary_bank";
                case PROCESSED -> null;
            };
        }
    }

    /** A create answered 429 (rate limited): nothing was done with the reference at that time. */
    record Refusal(String reference, long atMillis) {
    }

    /** A status change of a payout: {@code payout.initiated}, {@code .processed}, {@code .failed}, {@code .reversed}. */
    record Change(String event, Payout payout, Map<String, Object> entity, long atMillis, long nextChangeAtMillis) {
    }

    private final Map<String, Payout> byReference = new LinkedHashMap<>();
    private final Map<String, Integer> payoutsByAccount = new HashMap<>();
    private final Map<String, Refusal> refusals = new LinkedHashMap<>();
    private final LongSupplier clock;
    private long ids;
    private long seconds = 1_700_000_000;
    private volatile Consumer<Change> listener = change -> { };

    FakePayoutLedger(LongSupplier clock) {
        this.clock = clock;
    }

    void onChange(Consumer<Change> newListener) {
        this.listener = newListener;
    }

    /**
     * The payout with this reference, created if new: its fate from its amount and how many payouts this account had
     * before; it settles after {@code settleDelayMillis} and, if reversed, {@code reverseDelayMillis} after that.
     */
    synchronized Payout create(String reference, String account, long amountPaise, long settleDelayMillis,
                               long reverseDelayMillis) {
        Payout existing = byReference.get(reference);
        if (existing != null) {
            return existing;
        }
        long now = clock.getAsLong();
        int nth = payoutsByAccount.merge(account, 1, Integer::sum);
        Fate fate = fate(amountPaise, nth);
        long settleAt = now + settleDelayMillis;
        Payout payout = new Payout("pout_" + String.format("%014d", ++ids), reference, account, amountPaise, fate, now,
                settleAt, fate == Fate.REVERSED ? settleAt + reverseDelayMillis : 0, ++seconds);
        byReference.put(reference, payout);
        listener.accept(new Change("payout.initiated", payout, entity(payout), now, settleAt));
        return payout;
    }

    synchronized void refuse(String reference) {
        refusals.putIfAbsent(reference, new Refusal(reference, clock.getAsLong()));
    }

    synchronized Payout withReference(String reference) {
        Payout payout = byReference.get(reference);
        if (payout != null) {
            advance(payout);
        }
        return payout;
    }

    /** Moves every payout whose time has come. */
    synchronized void advance() {
        byReference.values().forEach(this::advance);
    }

    /** True while a payout still has a status change ahead. */
    synchronized boolean changesAhead() {
        advance();
        return byReference.values().stream().anyMatch(p -> "processing".equals(p.status)
                || (p.fate == Fate.REVERSED && !"reversed".equals(p.status)));
    }

    synchronized List<Payout> all() {
        advance();
        return new ArrayList<>(byReference.values());
    }

    synchronized List<Refusal> refusals() {
        return new ArrayList<>(refusals.values());
    }

    /**
     * The payout entity as RazorpayX shows it. {@code delivered}: the answer carrying it reaches the connector
     * readable, so a failure shown in it is from now on known to the service.
     */
    synchronized Map<String, Object> entity(Payout payout, boolean delivered) {
        advance(payout);
        if (delivered && payout.knownFailedMillis == 0 && (payout.failed() || "reversed".equals(payout.status))) {
            payout.knownFailedMillis = clock.getAsLong();
        }
        return entity(payout);
    }

    private Map<String, Object> entity(Payout payout) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", payout.id);
        entity.put("entity", "payout");
        entity.put("fund_account_id", "fa_" + payout.id.substring(5));
        entity.put("amount", payout.amountPaise);
        entity.put("currency", "INR");
        entity.put("fees", 0);
        entity.put("tax", 0);
        entity.put("status", payout.status);
        entity.put("utr", "processing".equals(payout.status) || payout.failed() ? null : "UTR" + payout.id.substring(5));
        entity.put("mode", "IMPS");
        entity.put("purpose", "payout");
        entity.put("reference_id", payout.reference);
        entity.put("status_details", statusDetails(payout));
        entity.put("created_at", payout.createdAtSeconds);
        return entity;
    }

    private static Map<String, Object> statusDetails(Payout payout) {
        if (payout.failed() && payout.fate == Fate.FAILED_GATEWAY) {
            return details("gateway", "gateway_technical_error",
                    "The payout failed because of a technical error at the partner bank. Retry the payout.");
        }
        if (payout.failed()) {
            return details("beneficiary_bank", "beneficiary_bank_rejected", "The beneficiary bank rejected the payout");
        }
        if ("reversed".equals(payout.status)) {
            return details("beneficiary_bank", "beneficiary_bank_returned",
                    "The beneficiary bank returned the payout after crediting it");
        }
        return null;
    }

    private static Map<String, Object> details(String source, String reason, String description) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("reason", reason);
        details.put("description", description);
        return details;
    }

    private void advance(Payout payout) {
        long now = clock.getAsLong();
        if ("processing".equals(payout.status) && now >= payout.settleAtMillis) {
            boolean fails = payout.fate == Fate.FAILED_BENEFICIARY || payout.fate == Fate.FAILED_GATEWAY;
            payout.status = fails ? "failed" : "processed";
            payout.settledMillis = now;
            listener.accept(new Change(fails ? "payout.failed" : "payout.processed", payout, entity(payout), now,
                    payout.reverseAtMillis));
        }
        if ("processed".equals(payout.status) && payout.fate == Fate.REVERSED && now >= payout.reverseAtMillis) {
            payout.status = "reversed";
            payout.reversedMillis = now;
            listener.accept(new Change("payout.reversed", payout, entity(payout), now, 0));
        }
    }
}
