package io.payout.application.callback;

import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.application.callback.port.SendCallbackPort;
import io.payout.domain.callback.CallbackStatus;
import io.payout.domain.callback.RetrySchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox relay of one instance. Each round writes the outcomes of finished posts (one transaction for all of
 * them), then claims as many due callbacks as it has free slots, leaving out URLs that are at their limit, and
 * posts them without waiting. Posts run on the sender's threads; {@code onFinished} is told when one ends, so the
 * loop can run a round at once (an order's next callback goes out as soon as the previous one is written).
 * Delivery is at least once: an outcome not yet written when the instance dies is retried after the claim's lease.
 */
public class RelayCallbacksService {
    private static final Logger LOG = Logger.getLogger(RelayCallbacksService.class.getName());
    private final CallbackOutboxPort outbox;
    private final SendCallbackPort sender;
    private final LoadMerchantWebhookPort webhooks;
    private final DeliveryOutcomes outcomes;
    private final RelaySettings settings;
    private final Clock clock;
    private final EndpointPermits permits;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<DeliveryOutcome> finished = new ConcurrentLinkedQueue<>();
    private volatile Runnable onFinished = () -> { };

    public RelayCallbacksService(CallbackOutboxPort outbox, SendCallbackPort sender, LoadMerchantWebhookPort webhooks,
                                 RetrySchedule schedule, RelaySettings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.webhooks = webhooks;
        this.outcomes = new DeliveryOutcomes(schedule);
        this.settings = settings;
        this.clock = clock;
        this.permits = new EndpointPermits(settings.maxPerEndpoint());
    }

    /** Called (on a sender thread) whenever a post finishes. */
    public void onFinished(Runnable listener) {
        this.onFinished = listener;
    }

    /** One round. @return how many outcomes were written plus how many posts were started */
    public int relay() {
        int written = writeFinished();
        int capacity = Math.min(settings.batchSize(), settings.maxInFlight() - inFlight.get());
        if (capacity <= 0) {
            return written;
        }
        Instant now = clock.instant();
        List<PendingCallback> claimed = outbox.claimDue(now, now.plus(settings.lease()), capacity, permits.busy());
        List<String> busy = new ArrayList<>();
        int started = 0;
        for (PendingCallback callback : claimed) {
            if (permits.tryAcquire(callback.target().url())) {
                post(callback);
                started++;
            } else {
                busy.add(callback.id());
            }
        }
        if (!busy.isEmpty()) {
            outbox.release(busy, now.plus(settings.busyDelay()));
        }
        return written + started;
    }

    /** Posts in flight in this instance now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Writes the outcomes of finished posts, in one transaction. If that fails, each is tried on its own, and one
     * that still cannot be written is dropped (logged): its callback is posted again when its claim runs out, so
     * one bad outcome never stops the relay.
     *
     * @return how many were written
     */
    public int writeFinished() {
        List<DeliveryOutcome> batch = new ArrayList<>();
        DeliveryOutcome outcome;
        while ((outcome = finished.poll()) != null) {
            batch.add(outcome);
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            outbox.record(batch);
            return batch.size();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing " + batch.size() + " callback outcomes failed; writing them one by one", e);
        }
        int written = 0;
        for (DeliveryOutcome one : batch) {
            try {
                outbox.record(List.of(one));
                written++;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Dropped the outcome of callback " + one.callbackId()
                        + "; it is posted again when its claim runs out", e);
            }
        }
        return written;
    }

    private void post(PendingCallback callback) {
        inFlight.incrementAndGet();
        Optional<WebhookSecrets> secrets = webhooks.secrets(callback.merchantId(), clock.instant());
        if (secrets.isEmpty()) {
            finish(callback, new SendResult(new DeliveryAttempt(clock.instant(), Duration.ZERO, null,
                    "merchant has no webhook secret to sign with"), null, true));
            return;
        }
        sender.send(callback, secrets.get()).whenComplete((result, error) -> finish(callback, result != null ? result
                : new SendResult(new DeliveryAttempt(clock.instant(), Duration.ZERO, null, String.valueOf(error)),
                null, false)));
    }

    private void finish(PendingCallback callback, SendResult result) {
        try {
            DeliveryOutcome outcome = outcomes.of(callback, result, clock.instant());
            if (outcome.status() == CallbackStatus.FAILED) {
                LOG.log(Level.WARNING, "Callback {0} ({1} {2}) of merchant {3} failed after {4} attempts: {5}",
                        new Object[] {callback.id(), callback.event().label(), callback.event().value(),
                                callback.merchantId(), callback.attempts() + 1, describe(result.attempt())});
            }
            finished.add(outcome);
        } finally {
            permits.release(callback.target().url());
            inFlight.decrementAndGet();
            onFinished.run();
        }
    }

    private static String describe(DeliveryAttempt attempt) {
        return attempt.httpStatus() != null ? "HTTP " + attempt.httpStatus() : attempt.error();
    }
}
