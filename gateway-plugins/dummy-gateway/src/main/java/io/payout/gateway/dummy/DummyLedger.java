package io.payout.gateway.dummy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's in-memory record of accepted payouts, keyed by transaction reference and safe to use from many
 * threads. Outside this package it is a read-only view for tests and chaos checks: a reference is recorded at most
 * once however often, and however concurrently, it is initiated.
 */
public final class DummyLedger {
    private final ConcurrentMap<String, RecordedPayout> payouts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> recordingsByRef = new ConcurrentHashMap<>();
    private final Set<String> answeredNotFound = ConcurrentHashMap.newKeySet();
    private final AtomicLong recordings = new AtomicLong();
    private final Clock clock;

    DummyLedger(Clock clock) {
        this.clock = clock;
    }

    /** How many payouts were recorded with this reference: 0 or 1. */
    public int payoutsRecorded(String transactionRef) {
        return recordingsByRef.getOrDefault(transactionRef, 0);
    }

    /** How many payouts were recorded in all. */
    public long totalRecorded() {
        return recordings.get();
    }

    /**
     * What an inquiry would say now, as the {@code status} of its raw response ({@code PENDING}, {@code SUCCESS},
     * {@code FAILURE} or {@code REVERSED}); empty when nothing was recorded with this reference.
     */
    public Optional<String> statusOf(String transactionRef) {
        return find(transactionRef).map(payout -> payout.statusAt(clock.instant()).label());
    }

    /**
     * What the recorded payouts take from the sandbox account at {@code now}: the amounts of those pending or paid
     * (a failed or reversed payout gives its money back).
     */
    BigDecimal committedAt(Instant now) {
        BigDecimal total = BigDecimal.ZERO;
        for (RecordedPayout payout : payouts.values()) {
            SandboxStatus status = payout.statusAt(now);
            if (status == SandboxStatus.PENDING || status == SandboxStatus.SUCCESS) {
                total = total.add(payout.amount());
            }
        }
        return total;
    }

    Optional<RecordedPayout> find(String transactionRef) {
        return Optional.ofNullable(payouts.get(transactionRef));
    }

    /** Records {@code candidate} unless its reference is taken; answers the payout recorded with the reference. */
    RecordedPayout recordIfAbsent(RecordedPayout candidate) {
        RecordedPayout earlier = payouts.putIfAbsent(candidate.transactionRef(), candidate);
        if (earlier != null) {
            return earlier;
        }
        recordingsByRef.merge(candidate.transactionRef(), 1, Integer::sum);
        recordings.incrementAndGet();
        return candidate;
    }

    /** True only the first time it is asked about a reference: that initiate is the one answered 404. */
    boolean isFirstInitiationOf(String transactionRef) {
        return answeredNotFound.add(transactionRef);
    }
}
