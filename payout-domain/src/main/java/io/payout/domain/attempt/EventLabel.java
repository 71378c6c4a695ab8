package io.payout.domain.attempt;

/** What a status event is about, named as Juspay's callbacks name it. */
public enum EventLabel {
    ORDER,
    FULFILLMENT_ORDER,
    FULFILLMENT_TXN,
    /** A refund of a Pay and Fulfill order's payment (ours: Juspay Payout documents no refund callback). */
    REFUND,
    /**
     * A beneficiary validation's outcome ({@code VALID}, {@code INVALID} or {@code ERROR}; {@code info} is the
     * beneficiary as its status API shows it). Not a status event of an order: written by the beneficiary validation.
     */
    VALIDATION_V2
}
