package io.payout.application.collection;

import io.payout.application.callback.CallbackComposer;
import io.payout.application.callback.NewCallback;
import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.domain.Order;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves one claimed refund on. Until the provider has acknowledged it, it is requested (again) with its unique
 * request id, which the provider deduplicates: a lost answer never makes a second refund. Once acknowledged, it is
 * inquired until it settles; a final state is reported by a {@code REFUND} callback in the same transaction.
 */
public class RefundStepper {
    private static final Logger LOG = Logger.getLogger(RefundStepper.class.getName());
    private final CollectionWorkPort work;
    private final CollectionProviderPort providers;
    private final OrderWorkPort orders;
    private final CallbackComposer callbacks;
    private final CollectionSettings settings;
    private final Clock clock;

    public RefundStepper(CollectionWorkPort work, CollectionProviderPort providers, OrderWorkPort orders,
                         CallbackComposer callbacks, CollectionSettings settings, Clock clock) {
        this.work = work;
        this.providers = providers;
        this.orders = orders;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    public void step(Refund claimed) {
        RefundAnswer answer = claimed.acknowledged() ? providers.inquireRefund(claimed) : providers.refund(claimed);
        if (claimed.acknowledged() && answer instanceof RefundAnswer.Unknown unknown && unknown.notFound()) {
            answer = providers.refund(claimed);
        }
        Instant now = clock.instant();
        if (answer instanceof RefundAnswer.Known known) {
            Refund updated = claimed.answered(known.status(), known.providerRefundId(), now);
            if (known.status().isFinal()) {
                LOG.log(known.status() == RefundStatus.SUCCESS ? Level.INFO : Level.WARNING,
                        "Refund {0} of {1} for order {2} is {3}", new Object[] {updated.id(), updated.amount(),
                                updated.orderId(), known.status()});
                work.saveRefund(updated, null, report(updated, known.status().name(), now));
            } else {
                work.saveRefund(updated, now.plus(settings.firstPoll()), List.of());
            }
        } else {
            work.saveRefund(claimed, now.plus(settings.retryDelay()), List.of());
        }
    }

    private List<NewCallback> report(Refund refund, String value, Instant now) {
        Order order = orders.findByFulfillment(refund.merchantId(), refund.orderId().fulfillment(1))
                .orElseThrow(() -> new IllegalStateException("refund " + refund.id() + " has no order")).order();
        return callbacks.composeRefund(order, refund, value, now);
    }
}
