package io.payout.domain.collection;

/** Where a refund of a collected payment stands. */
public enum RefundStatus {
    /** Decided; being sent to the provider, or the provider has not settled it yet. */
    PENDING,
    SUCCESS,
    FAILURE;

    public boolean isFinal() {
        return this != PENDING;
    }
}
