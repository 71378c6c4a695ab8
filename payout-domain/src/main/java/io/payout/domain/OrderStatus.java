package io.payout.domain;

/** An order's status, as Juspay Payout names them. */
public enum OrderStatus {
    CREATED,
    READY_FOR_FULFILLMENT,
    FULFILLMENTS_SCHEDULED,
    FULFILLMENTS_SUCCESSFUL,
    FULFILLMENTS_FAILURE,
    FULFILLMENTS_CANCELLED,
    FULFILLMENTS_MANUAL_REVIEW,
    FULFILLED_PARTIALLY
}
