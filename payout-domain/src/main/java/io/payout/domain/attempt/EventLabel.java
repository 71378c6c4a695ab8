package io.payout.domain.attempt;

/** What a status event is about, named as Juspay's callbacks name it. */
public enum EventLabel {
    ORDER,
    FULFILLMENT_ORDER,
    FULFILLMENT_TXN
}
