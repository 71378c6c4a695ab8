package io.payout.application.collection;

import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentStatus;
import io.payout.domain.collection.ProviderAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves one claimed payment on. Still to be created: create it at the provider. Otherwise ask the provider for the
 * order's status (a webhook only makes the payment due; nothing is believed without this inquiry):
 * <ul>
 *   <li>charged the order amount: the payment is {@code CHARGED} and, in the same transaction, the order becomes
 *       {@code READY_FOR_FULFILLMENT} with every fulfillment not cancelled due at once: the engine takes over;</li>
 *   <li>charged another amount: {@code AMOUNT_MISMATCH}, the order {@code FULFILLMENTS_MANUAL_REVIEW};</li>
 *   <li>not charged after the payment window: {@code EXPIRED}, the order's open fulfillments and so the order
 *       {@code CANCELLED};</li>
 *   <li>otherwise (or no reliable answer): polled again later.</li>
 * </ul>
 * An order already final when its charge is confirmed (every fulfillment cancelled meanwhile) is left as it is; the
 * charged payment is then refunded by the refund decision.
 */
public class CollectionStepper {
    private static final Logger LOG = Logger.getLogger(CollectionStepper.class.getName());
    private static final int TRIES = 3;
    private final CollectionWorkPort work;
    private final CollectionProviderPort providers;
    private final OrderWorkPort orders;
    private final CallbackComposer callbacks;
    private final CollectionSettings settings;
    private final Clock clock;

    public CollectionStepper(CollectionWorkPort work, CollectionProviderPort providers, OrderWorkPort orders,
                             CallbackComposer callbacks, CollectionSettings settings, Clock clock) {
        this.work = work;
        this.providers = providers;
        this.orders = orders;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    public void step(Payment claimed) {
        Instant now = clock.instant();
        if (claimed.status() == PaymentStatus.PENDING_CREATION && now.isBefore(claimed.expiresAt())) {
            OrderWork order = load(claimed);
            ProviderAnswer answer = providers.create(claimed, order.order(), now);
            Payment updated = CollectionOutcomes.afterCreate(claimed, answer, now);
            boolean created = updated.status() != claimed.status();
            work.savePayment(updated, answer instanceof ProviderAnswer.Charged ? now
                    : now.plus(created ? settings.firstPoll() : settings.retryDelay()));
            return;
        }
        ProviderAnswer answer = providers.inquire(claimed);
        if (answer instanceof ProviderAnswer.Charged charged) {
            settle(claimed, claimed.charged(charged.amount(), charged.providerStatus(), now));
        } else if (!now.isBefore(claimed.expiresAt())) {
            if (answer instanceof ProviderAnswer.Unknown unknown && !unknown.notFound()) {
                // Past the window, but the provider did not say it is unpaid: ask again before cancelling.
                work.savePayment(claimed.withError(unknown.reason(), now), now.plus(settings.retryDelay()));
            } else {
                settle(claimed, claimed.expired(now));
            }
        } else if (answer instanceof ProviderAnswer.AwaitingPayment awaiting) {
            Payment updated = claimed.status() == PaymentStatus.PENDING_CREATION ? claimed
                    : claimed.awaiting(awaiting.providerStatus(), awaiting.links(), now);
            work.savePayment(updated, nextPoll(claimed, now));
        } else {
            ProviderAnswer.Unknown unknown = (ProviderAnswer.Unknown) answer;
            work.savePayment(claimed.withError(unknown.reason(), now), now.plus(settings.retryDelay()));
        }
    }

    /** Writes a final payment with what it does to the order, retrying if the order changed meanwhile. */
    private void settle(Payment claimed, Payment payment) {
        for (int i = 0; i < TRIES; i++) {
            OrderWork before = load(payment);
            OrderProgress progress = new OrderProgress(before.order(), clock.instant());
            Map<FulfillmentId, NextWork> next = new HashMap<>(before.work());
            apply(payment, progress, next);
            if (work.savePaymentAndOrder(payment, before, progress.order(), progress.events(),
                    callbacks.compose(before.order(), progress.order(), progress.events()), next) >= 0) {
                LOG.log(Level.INFO, "Payment of order {0} ({1} {2}) is {3}; the order is {4}", new Object[] {
                        payment.orderId(), payment.provider(), payment.providerOrderId(), payment.status(),
                        progress.order().status()});
                return;
            }
            if (work.findPayment(payment.merchantId(), payment.orderId()).map(p -> p.status().isFinal())
                    .orElse(false)) {
                LOG.log(Level.INFO, "Payment of order {0} was settled meanwhile (another instance); this result of "
                        + "an overtaken claim is dropped", payment.orderId());
                return;
            }
        }
        LOG.log(Level.WARNING, "Order {0} kept changing while its payment settled; trying again later",
                payment.orderId());
        work.savePayment(claimed.withError("order changed while the payment settled", clock.instant()),
                clock.instant().plus(settings.retryDelay()));
    }

    private static void apply(Payment payment, OrderProgress progress, Map<FulfillmentId, NextWork> next) {
        Order order = progress.order();
        if (order.status() != OrderStatus.CREATED) {
            return;
        }
        if (payment.status() == PaymentStatus.CHARGED) {
            progress.setOrderStatus(OrderStatus.READY_FOR_FULFILLMENT);
            for (Fulfillment f : order.fulfillments()) {
                if (f.status() == FulfillmentStatus.CREATED) {
                    next.put(f.id(), NextWork.at(progress.now()));
                }
            }
        } else if (payment.status() == PaymentStatus.AMOUNT_MISMATCH) {
            progress.setOrderStatus(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        } else if (payment.status() == PaymentStatus.EXPIRED) {
            for (Fulfillment f : order.fulfillments()) {
                if (f.status() == FulfillmentStatus.CREATED) {
                    progress.setFulfillmentStatus(f.id(), FulfillmentStatus.CANCELLED);
                    next.put(f.id(), NextWork.NONE);
                }
            }
        }
    }

    private Instant nextPoll(Payment payment, Instant now) {
        return now.plus(settings.pollDelay(Duration.between(payment.createdAt(), now)));
    }

    private OrderWork load(Payment payment) {
        return orders.findByFulfillment(payment.merchantId(), payment.orderId().fulfillment(1))
                .orElseThrow(() -> new IllegalStateException("payment of order " + payment.orderId()
                        + " has no order"));
    }
}
