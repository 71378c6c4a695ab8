package io.payout.domain;

/** Whether we only pay out, or first collect the money and then pay out. */
public enum OrderType {
    FULFILL_ONLY,
    PAY_AND_FULFILL
}
