package io.payout.domain.collection;

/** What a collection provider said about a refund. */
public sealed interface RefundAnswer {
    /** The provider has the refund, in this state. */
    record Known(RefundStatus status, String providerRefundId, String detail) implements RefundAnswer {
    }

    /** No answer we can rely on; {@code notFound}: the provider has no refund with this unique request id. */
    record Unknown(String reason, boolean notFound) implements RefundAnswer {
    }
}
