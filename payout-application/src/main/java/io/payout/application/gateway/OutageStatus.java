package io.payout.application.gateway;

/** How a method is doing, as Juspay's outage API says it: {@code DOWN} or {@code FLUCTUATE}. */
public enum OutageStatus {
    /** No new payout is sent on it: paused by an operator, or its gateway's circuit is open. */
    DOWN,
    /** Payouts are sent, but its gateway has been failing: circuit half-open, or unusable answers piling up. */
    FLUCTUATE
}
