package io.payout.domain.beneficiary;

/**
 * Where a saved beneficiary stands. Juspay's statuses, plus {@code CREATED} (ours): Juspay documents no status for a
 * beneficiary saved with {@code command: CREATE}, which is never validated.
 */
public enum BeneficiaryStatus {
    /** Saved with {@code command: CREATE}: not validated, and never will be. Payable. Final. */
    CREATED,
    /** Saved with {@code command: VALIDATE}: waiting for a gateway's answer (or for another attempt). */
    PENDING,
    /** A gateway found the account or VPA. Payable. Final. */
    VALID,
    /** A gateway said the account or VPA does not exist or cannot receive money. Final. */
    INVALID,
    /** No answer could be had after the configured attempts. Final. */
    ERROR;

    public boolean isFinal() {
        return this != PENDING;
    }

    /** Whether an order may pay this beneficiary by its {@code beneId}. */
    public boolean isPayable() {
        return this == CREATED || this == VALID;
    }
}
