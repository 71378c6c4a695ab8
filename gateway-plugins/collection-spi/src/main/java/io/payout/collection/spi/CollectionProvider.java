package io.payout.collection.spi;

import java.util.List;
import java.util.Map;

/**
 * One collection provider (payment collection for Pay and Fulfill). Every call may be repeated: creation is keyed by
 * our {@code providerOrderId}, a refund by its {@code uniqueRequestId}. Implementations must be thread safe, must
 * bound every network call with a timeout, and must not throw for a provider's failure: an answer they cannot rely
 * on is {@link CollectionOrderState.Unknown} / {@link RefundState.Unknown}.
 */
public interface CollectionProvider extends AutoCloseable {
    /**
     * Creates the collection order. If the provider already has an order with this id (an earlier attempt whose
     * answer was lost), answers with that order's state, exactly as {@link #inquire} would.
     */
    CollectionOrderState createOrder(CollectionRequest request);

    /** The provider's server-to-server status of the order (the only thing that proves a payment). */
    CollectionOrderState inquire(String providerOrderId);

    /** Asks for a refund; idempotent on {@code request.uniqueRequestId()}. */
    RefundState refund(RefundRequest request);

    /** The refund with this unique request id, as the provider has it. */
    RefundState inquireRefund(String providerOrderId, String uniqueRequestId);

    /**
     * Checks a payment webhook's authentication (e.g. HTTP Basic credentials from configuration, compared in constant
     * time) and reads the provider order ids it is about.
     */
    WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body);

    @Override
    default void close() {
    }
}
