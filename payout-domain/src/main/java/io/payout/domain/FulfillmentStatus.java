package io.payout.domain;

/** A fulfillment's status, as Juspay Payout names them. */
public enum FulfillmentStatus {
    CREATED,
    PENDING,
    SUCCESS,
    FAILURE,
    MANUAL_REVIEW,
    CANCELLED
}
