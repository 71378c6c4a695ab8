package io.payout.collection.spi;

/** What the provider says about a refund. */
public sealed interface RefundState {
    enum Status { PENDING, SUCCESS, FAILURE }

    record Known(Status status, String providerRefundId, String raw) implements RefundState {
    }

    /** No reliable answer; {@code notFound}: the provider has no refund with this unique request id. */
    record Unknown(String reason, boolean notFound) implements RefundState {
    }
}
