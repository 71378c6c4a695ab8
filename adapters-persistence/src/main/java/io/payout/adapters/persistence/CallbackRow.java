package io.payout.adapters.persistence;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.PendingCallback;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row of {@code callbacks}: the event, the target (copied when the callback was written) and the delivery state.
 * Public only because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record CallbackRow(String callbackId, String merchantId, String orderId, long seq, String label, String value,
                          String entityId, Instant occurredAt, String info, String url, String username,
                          String password, String customHeader, String status, int attempts, int retryStep,
                          Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {

    /** The id of the order's callback number {@code seq}: {@code <orderId>-c<seq>}. */
    static String id(String orderId, long seq) {
        return orderId + "-c" + seq;
    }

    static final String QUEUED = "QUEUED";

    /**
     * The id of the next callback of the same order, {@code <orderId>-c<seq + 1>} (which need not exist); empty if
     * {@code callbackId} is not of the form {@link #id} makes (then it names no callback).
     */
    static Optional<String> nextId(String callbackId) {
        int at = callbackId.lastIndexOf("-c");
        if (at < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(id(callbackId.substring(0, at), Long.parseLong(callbackId.substring(at + 2)) + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * New callbacks of the order, numbered on from {@code firstSeq}, created at their event: the first
     * {@code PENDING} and due at its event unless {@code firstWaits}, every other one {@code QUEUED} behind it.
     */
    static List<CallbackRow> numbered(OrderKey order, long firstSeq, boolean firstWaits, List<NewCallback> callbacks) {
        List<CallbackRow> rows = new ArrayList<>(callbacks.size());
        for (int i = 0; i < callbacks.size(); i++) {
            NewCallback c = callbacks.get(i);
            CallbackEvent e = c.event();
            WebhookTarget t = c.target();
            long seq = firstSeq + i;
            boolean waits = i > 0 || firstWaits;
            rows.add(new CallbackRow(id(order.orderId(), seq), order.merchantId(), order.orderId(), seq,
                    e.label().name(), e.value(), e.entityId(), e.occurredAt(), c.info(), t.url(), t.username(),
                    t.password(), t.customHeader(), waits ? QUEUED : CallbackStatus.PENDING.name(), 0, 0,
                    waits ? null : e.occurredAt(), null, e.occurredAt()));
        }
        return rows;
    }

    PendingCallback toPendingCallback() {
        return new PendingCallback(callbackId, new MerchantId(merchantId), new OrderId(orderId), seq, event(), info,
                new WebhookTarget(url, username, password, customHeader), attempts, retryStep);
    }

    /**
     * As the API shows it: a {@code QUEUED} callback is {@code PENDING}, with its event as the earliest time it can
     * go (it goes right after the previous callback of its order).
     */
    CallbackRecord toCallbackRecord(List<DeliveryAttempt> attemptLog) {
        boolean queued = QUEUED.equals(status);
        return new CallbackRecord(callbackId, seq, event(), url,
                queued ? CallbackStatus.PENDING : CallbackStatus.valueOf(status), createdAt,
                queued ? occurredAt : nextAttemptAt, deliveredAt, attemptLog);
    }

    private CallbackEvent event() {
        return new CallbackEvent(EventLabel.valueOf(label), value, entityId, occurredAt);
    }
}
