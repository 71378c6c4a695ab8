package io.payout.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relay's outbox, with every delivery attempt it writes timed by outcome: {@value #DELIVERY}{@code {outcome}},
 * {@code delivered}, {@code retry_scheduled} (not delivered, tried again later) or {@code failed} (given up: the retry
 * schedule ran out, or the target is refused). Counted once the outcome is written, so an attempt whose outcome is
 * lost (and the callback posted again after its lease) is not counted.
 */
public final class MeteredCallbackOutbox implements CallbackOutboxPort {
    public static final String DELIVERY = "payout.callbacks.delivery";
    private final CallbackOutboxPort delegate;
    private final MetricRegistry registry;

    public MeteredCallbackOutbox(CallbackOutboxPort delegate, MetricRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        for (CallbackStatus status : CallbackStatus.values()) {
            registry.timer(name(status));
        }
    }

    @Override
    public void record(List<DeliveryOutcome> outcomes) {
        delegate.record(outcomes);
        for (DeliveryOutcome outcome : outcomes) {
            registry.timer(name(outcome.status())).update(outcome.attempt().duration());
        }
    }

    private static String name(CallbackStatus status) {
        String outcome = switch (status) {
            case DELIVERED -> "delivered";
            case PENDING -> "retry_scheduled";
            case FAILED -> "failed";
        };
        return MetricName.of(DELIVERY, "outcome", outcome);
    }

    @Override
    public List<PendingCallback> claimDue(Instant now, Instant leaseUntil, int limit, Set<String> busyUrls) {
        return delegate.claimDue(now, leaseUntil, limit, busyUrls);
    }

    @Override
    public void release(List<String> callbackIds, Instant dueAt) {
        delegate.release(callbackIds, dueAt);
    }

    @Override
    public List<CallbackRecord> findByOrder(MerchantId merchantId, OrderId orderId) {
        return delegate.findByOrder(merchantId, orderId);
    }

    @Override
    public Optional<CallbackRecord> find(MerchantId merchantId, String callbackId) {
        return delegate.find(merchantId, callbackId);
    }

    @Override
    public boolean redeliver(MerchantId merchantId, String callbackId, Instant now, int retryStep) {
        return delegate.redeliver(merchantId, callbackId, now, retryStep);
    }

    @Override
    public int redeliverFailed(MerchantId merchantId, Instant from, Instant to, Instant now, int retryStep,
                               OperatorLogEntry audit) {
        return delegate.redeliverFailed(merchantId, from, to, now, retryStep, audit);
    }
}
