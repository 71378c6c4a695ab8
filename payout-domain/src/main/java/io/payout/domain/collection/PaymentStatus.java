package io.payout.domain.collection;

/** Where the collection of a Pay and Fulfill order stands. */
public enum PaymentStatus {
    /** Not yet created at the provider (or its creation's outcome is unknown): created in the background. */
    PENDING_CREATION,
    /** Created at the provider, with payment links: waiting for the end user to pay. */
    AWAITING_PAYMENT,
    /** The provider confirmed, server to server, that the order amount was charged: fulfillment may start. */
    CHARGED,
    /** Not paid within the payment window: the order is cancelled. */
    EXPIRED,
    /** The provider charged an amount other than the order's: the order goes to manual review, never to fulfillment. */
    AMOUNT_MISMATCH;

    public boolean isFinal() {
        return this == CHARGED || this == EXPIRED || this == AMOUNT_MISMATCH;
    }
}
