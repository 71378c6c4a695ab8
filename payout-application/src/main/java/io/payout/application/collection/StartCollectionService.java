package io.payout.application.collection;

import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.domain.InvalidInputException;
import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.ProviderAnswer;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The collection side of creating a Pay and Fulfill order: the payment to insert with the order, and the first
 * attempt to create the provider's collection order while the merchant waits for the create response. That attempt
 * holds the payment's claim (it is inserted due only after the lease); if it fails or its answer is lost, the
 * collection pump creates it in the background with the same provider order id.
 */
public class StartCollectionService {
    private static final Logger LOG = Logger.getLogger(StartCollectionService.class.getName());
    private final CollectionProviderPort providers;
    private final CollectionWorkPort work;
    private final CollectionSettings settings;
    private final Clock clock;

    public StartCollectionService(CollectionProviderPort providers, CollectionWorkPort work,
                                  CollectionSettings settings, Clock clock) {
        this.providers = providers;
        this.work = work;
        this.settings = settings;
        this.clock = clock;
    }

    /** The payment of a new Pay and Fulfill order. */
    public Payment open(Order order, Boolean refundOnFailure, Instant now) {
        String provider = settings.providerFor(order.merchantId());
        if (!providers.isConfigured(provider)) {
            throw new InvalidInputException("type", "PAY_AND_FULFILL needs a collection provider, and " + provider
                    + " is not configured");
        }
        return Payment.open(order.id(), order.merchantId(), provider, ProviderOrderIds.next(), order.amount(),
                refundOnFailure, now.plus(settings.paymentWindow()), now);
    }

    /** When the payment is due for the pump, if the first attempt does not settle it. */
    public Instant claimedUntil(Instant now) {
        return now.plus(settings.lease());
    }

    /** Tries to create the collection order now; never throws. @return the payment as it stands after the try */
    public Payment createNow(Payment payment, Order order) {
        Instant now = clock.instant();
        try {
            ProviderAnswer answer = providers.create(payment, order, now);
            Payment updated = CollectionOutcomes.afterCreate(payment, answer, now);
            boolean created = updated.status() != payment.status();
            boolean charged = answer instanceof ProviderAnswer.Charged;
            work.savePayment(updated, charged ? now : now.plus(created ? settings.firstPoll() : settings.retryDelay()));
            return updated;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Creating the collection order of order " + order.id()
                    + " failed; the collection pump retries it", e);
            return payment;
        }
    }
}
