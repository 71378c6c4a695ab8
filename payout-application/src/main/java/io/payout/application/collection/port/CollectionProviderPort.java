package io.payout.application.collection.port;

import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The collection providers (Express Checkout, the sandbox), by {@code Payment.provider()}. No method throws for a
 * provider's failure: an answer we cannot rely on is {@link ProviderAnswer.Unknown} / {@link RefundAnswer.Unknown}.
 * Every call may be repeated safely: creation is keyed by {@code providerOrderId}, a refund by its unique request id.
 */
public interface CollectionProviderPort {
    /**
     * Creates the collection order for {@code payment} (amount, the order's customer, payment window until
     * {@code payment.expiresAt()} counted from {@code now}); if it already exists, answers as {@link #inquire} does.
     */
    ProviderAnswer create(Payment payment, Order order, Instant now);

    /** The provider's server-to-server status of the payment's collection order. */
    ProviderAnswer inquire(Payment payment);

    /** Asks for the refund (idempotent on {@code refund.uniqueRequestId()}). */
    RefundAnswer refund(Refund refund);

    /** The refund's state at the provider, by its unique request id. */
    RefundAnswer inquireRefund(Refund refund);

    /**
     * Checks a webhook's credentials and reads which collection orders it is about (the provider's order ids, i.e.
     * our {@code providerOrderId}s). A webhook is only a hint: the caller confirms with {@link #inquire}.
     *
     * @throws io.payout.application.engine.WebhookRejectedException if it is not authentic, or unreadable
     */
    List<String> verifyWebhook(String provider, Map<String, List<String>> headers, byte[] body);

    /** Whether this provider is configured and running. */
    boolean isConfigured(String provider);
}
