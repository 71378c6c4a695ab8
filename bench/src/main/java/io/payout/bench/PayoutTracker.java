package io.payout.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Follows every payout from the moment its create was meant to be sent to its final ORDER callback. Counts only
 * what falls in the measured window [windowStart, windowEnd) (nanoTime): creates by their intended send time,
 * completions by the time their final callback arrived.
 */
final class PayoutTracker {

    private static final long HIGHEST_MICROS = 600_000_000L;

    private final ConcurrentHashMap<String, Long> open = new ConcurrentHashMap<>();
    final ConcurrentHistogram createMicros = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    final ConcurrentHistogram e2eMicros = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    final LongAdder createsOk = new LongAdder();
    final LongAdder createsAnsweredInWindow = new LongAdder();
    final LongAdder createsNeverSent = new LongAdder();
    final LongAdder createsFailed = new LongAdder();
    final LongAdder createsTotal = new LongAdder();
    final LongAdder refusedInWindow = new LongAdder();
    final LongAdder refusedTotal = new LongAdder();
    final LongAdder completedInWindow = new LongAdder();
    final LongAdder completedTotal = new LongAdder();
    final LongAdder failedFinal = new LongAdder();
    final LongAdder duplicateFinals = new LongAdder();
    final LongAdder callbacks = new LongAdder();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    void openWindow(long now) {
        windowStart = now;
    }

    void closeWindow(long now) {
        windowEnd = now;
    }

    boolean inWindow(long t) {
        return t >= windowStart && t < windowEnd;
    }

    void sending(String merchantOrderId, long intendedNanos) {
        open.put(merchantOrderId, intendedNanos);
    }

    void created(String merchantOrderId, long intendedNanos, long doneNanos, boolean ok) {
        createsTotal.increment();
        if (!ok) {
            open.remove(merchantOrderId);
        }
        if (ok && inWindow(doneNanos)) {
            createsAnsweredInWindow.increment();
        }
        if (!inWindow(intendedNanos)) {
            return;
        }
        if (ok) {
            createsOk.increment();
            createMicros.recordValue(Math.min(HIGHEST_MICROS, (doneNanos - intendedNanos) / 1000));
        } else {
            createsFailed.increment();
        }
    }

    /**
     * A create answered 429 (not accepted; the client may send it again later with the same orderId): counted by when
     * the answer came, never as a failure nor in the latency histogram.
     */
    void refused(String merchantOrderId, long answeredNanos) {
        open.remove(merchantOrderId);
        refusedTotal.increment();
        if (inWindow(answeredNanos)) {
            refusedInWindow.increment();
        }
    }

    /**
     * An open-loop create due in the window that was still queued when the load stopped: never sent, it counts in
     * the latency histogram with what it had waited so far, a lower bound (leaving it out would flatter the tail).
     */
    void neverSent(long intendedNanos, long nowNanos) {
        if (inWindow(intendedNanos)) {
            createsNeverSent.increment();
            createMicros.recordValue(Math.min(HIGHEST_MICROS, (nowNanos - intendedNanos) / 1000));
        }
    }

    void finalCallback(String merchantOrderId, boolean success, long receivedNanos) {
        Long sent = open.remove(merchantOrderId);
        if (sent == null) {
            duplicateFinals.increment();
            return;
        }
        completedTotal.increment();
        if (!success) {
            failedFinal.increment();
        }
        if (inWindow(receivedNanos)) {
            completedInWindow.increment();
            e2eMicros.recordValue(Math.min(HIGHEST_MICROS, (receivedNanos - sent) / 1000));
        }
    }

    int outstanding() {
        return open.size();
    }
}
