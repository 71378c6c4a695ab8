package io.payout.domain.attempt;

/** Whose fault a failed attempt is; retry rules match on it. */
public enum FailureCategory {
    /** The beneficiary's details are wrong (invalid account, IFSC, VPA): no other attempt will help. */
    BENEFICIARY,
    /** The gateway or bank failed: another attempt, maybe on another method, may succeed. */
    GATEWAY,
    /** A business rule refused it (insufficient balance, limits). */
    BUSINESS,
    /** The request we sent was wrong: a bug to fix, not to retry. */
    INTERNAL
}
