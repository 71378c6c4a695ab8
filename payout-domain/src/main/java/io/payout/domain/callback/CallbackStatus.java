package io.payout.domain.callback;

/** Where a callback's delivery stands. */
public enum CallbackStatus {
    /** Not delivered yet: due at its next attempt time. */
    PENDING,
    /** A 2xx answer arrived within the timeout. */
    DELIVERED,
    /** The retry schedule ran out (or the target was refused): given up until someone redelivers it. */
    FAILED
}
