package io.payout.domain.attempt;

/** What to do after a failed attempt. */
public enum RetryAction {
    /** Try again on the method that failed, with a new transaction reference. */
    RETRY_SAME_METHOD,
    /** Try the next method of the fulfillment's list (stop when there is none). */
    NEXT_METHOD,
    /** Give up: the fulfillment fails. */
    STOP
}
