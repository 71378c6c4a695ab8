package io.payout.gateway.spi;

/** Whose fault a failure is: decides whether another attempt can help. */
public enum FailureCategory {
    /** The beneficiary's details are wrong (invalid account, IFSC, VPA): retrying anywhere will not help. */
    BENEFICIARY,
    /** The gateway or bank failed: another attempt, maybe elsewhere, may succeed. */
    GATEWAY,
    /** A business rule refused it (insufficient balance, limits). */
    BUSINESS,
    /** Our request was wrong: a bug to fix, not to retry. */
    INTERNAL
}
