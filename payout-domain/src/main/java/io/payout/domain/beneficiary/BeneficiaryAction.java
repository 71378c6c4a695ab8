package io.payout.domain.beneficiary;

/** What the merchant asks for a beneficiary it saves (the API's {@code command}). */
public enum BeneficiaryAction {
    /** Save it as it is, without validating it. */
    CREATE,
    /** Save it and have a gateway validate it (a penny drop or a VPA lookup); the outcome comes later. */
    VALIDATE
}
