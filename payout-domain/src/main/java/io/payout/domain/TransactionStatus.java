package io.payout.domain;

/** A transaction's (one attempt at a gateway) status, as Juspay Payout names them. */
public enum TransactionStatus {
    CREATED,
    INITIATED,
    PENDING,
    SUCCESS,
    FAILURE,
    MANUAL_REVIEW,
    REVERSED,
    CONFLICTED
}
