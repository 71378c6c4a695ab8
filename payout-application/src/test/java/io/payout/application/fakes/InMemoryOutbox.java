package io.payout.application.fakes;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.PendingCallback;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The callbacks of an {@link InMemoryOrderStore}, kept as the database's outbox keeps them: ids
 * {@code <orderId>-c<seq>}, {@code PENDING} and due at their event when written, but queued (shown as
 * {@code PENDING}) while the callback before them in their order is open, and let go when it is delivered or given up;
 * due callbacks claimable unless their URL is busy, a claim being the next attempt moved to the lease's end; a log of
 * attempts. A redelivered callback goes on its own. Not thread-safe: the store calls it under its lock.
 */
final class InMemoryOutbox {
    private static final class Entry {
        final String id;
        final MerchantId merchantId;
        final OrderId orderId;
        final long seq;
        final NewCallback callback;
        final List<DeliveryAttempt> attempts = new ArrayList<>();
        CallbackStatus status = CallbackStatus.PENDING;
        boolean queued;
        int retryStep;
        Instant nextAttemptAt;
        Instant deliveredAt;

        Entry(MerchantId merchantId, OrderId orderId, long seq, NewCallback callback) {
            this.id = orderId.value() + "-c" + seq;
            this.merchantId = merchantId;
            this.orderId = orderId;
            this.seq = seq;
            this.callback = callback;
            this.nextAttemptAt = callback.event().occurredAt();
        }

        Instant createdAt() {
            return callback.event().occurredAt();
        }

        boolean pending() {
            return status == CallbackStatus.PENDING;
        }

        boolean claimable() {
            return pending() && !queued;
        }

        PendingCallback toPending() {
            return new PendingCallback(id, merchantId, orderId, seq, callback.event(), callback.info(),
                    callback.target(), attempts.size(), retryStep);
        }

        CallbackRecord toRecord() {
            return new CallbackRecord(id, seq, callback.event(), callback.target().url(), status, createdAt(),
                    nextAttemptAt, deliveredAt, attempts);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Writes the order's callbacks numbered on from {@code lastSeq}. */
    void add(MerchantId merchantId, OrderId orderId, long lastSeq, List<NewCallback> callbacks) {
        long seq = lastSeq;
        Entry previous = entries.get(orderId.value() + "-c" + seq);
        for (NewCallback callback : callbacks) {
            Entry e = new Entry(merchantId, orderId, ++seq, callback);
            e.queued = previous != null && previous.pending();
            entries.put(e.id, e);
            previous = e;
        }
    }

    /** The due heads, leaving alone those to {@code busyUrls} (which still hold back the rest of their order). */
    List<PendingCallback> claimDue(Instant now, Instant leaseUntil, int limit, Set<String> busyUrls) {
        List<Entry> due = entries.values().stream()
                .filter(e -> e.claimable() && !e.nextAttemptAt.isAfter(now))
                .filter(e -> !busyUrls.contains(e.callback.target().url()))
                .sorted(Comparator.comparing(e -> e.nextAttemptAt))
                .limit(limit)
                .toList();
        due.forEach(e -> e.nextAttemptAt = leaseUntil);
        return due.stream().map(Entry::toPending).toList();
    }

    void record(List<DeliveryOutcome> outcomes) {
        for (DeliveryOutcome outcome : outcomes) {
            Entry e = entries.get(outcome.callbackId());
            if (e == null) {
                continue;
            }
            DeliveryAttempt attempt = outcome.attempt();
            e.attempts.add(attempt);
            e.status = outcome.status();
            e.nextAttemptAt = outcome.nextAttemptAt();
            e.retryStep = outcome.retryStep();
            if (outcome.status() == CallbackStatus.DELIVERED) {
                e.deliveredAt = attempt.startedAt().plus(attempt.duration());
            }
            if (outcome.status() != CallbackStatus.PENDING) {
                Entry next = entries.get(e.orderId.value() + "-c" + (e.seq + 1));
                if (next != null) {
                    next.queued = false;
                }
            }
        }
    }

    void release(List<String> callbackIds, Instant dueAt) {
        callbackIds.stream().map(entries::get).filter(e -> e != null && e.claimable())
                .forEach(e -> e.nextAttemptAt = dueAt);
    }

    List<CallbackRecord> findByOrder(MerchantId merchantId, OrderId orderId) {
        return entries.values().stream()
                .filter(e -> e.merchantId.equals(merchantId) && e.orderId.equals(orderId))
                .sorted(Comparator.comparingLong(e -> e.seq))
                .map(Entry::toRecord).toList();
    }

    Optional<CallbackRecord> find(MerchantId merchantId, String callbackId) {
        return own(merchantId, callbackId).map(Entry::toRecord);
    }

    boolean redeliver(MerchantId merchantId, String callbackId, Instant now, int retryStep) {
        Optional<Entry> entry = own(merchantId, callbackId);
        entry.ifPresent(e -> redeliver(e, now, retryStep));
        return entry.isPresent();
    }

    /** @return the order (or beneficiary) key of each callback made due */
    List<OrderId> redeliverFailed(MerchantId merchantId, Instant from, Instant to, Instant now, int retryStep) {
        List<Entry> failed = entries.values().stream()
                .filter(e -> e.merchantId.equals(merchantId) && e.status == CallbackStatus.FAILED)
                .filter(e -> !e.createdAt().isBefore(from) && e.createdAt().isBefore(to))
                .toList();
        failed.forEach(e -> redeliver(e, now, retryStep));
        return failed.stream().map(e -> e.orderId).toList();
    }

    private Optional<Entry> own(MerchantId merchantId, String callbackId) {
        return Optional.ofNullable(entries.get(callbackId)).filter(e -> e.merchantId.equals(merchantId));
    }

    /** Due now, on its own; one still queued stays in its queue. */
    private static void redeliver(Entry e, Instant now, int retryStep) {
        e.retryStep = retryStep;
        if (!e.queued) {
            e.status = CallbackStatus.PENDING;
            e.nextAttemptAt = now;
        }
    }
}
