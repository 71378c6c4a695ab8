package io.payout.domain.attempt;

/** What a status event is about, named as Juspay's callbacks name it. */
public enum EventLabel {
    ORDER,
    FULFILLMENT_ORDER,
    FULFILLMENT_TXN,
    /** A refund of a Pay and Fulfill order's payment (ours: Juspay Payout documents no refund callback). */
    REFUND
}
