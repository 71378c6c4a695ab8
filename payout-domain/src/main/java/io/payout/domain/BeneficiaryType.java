package io.payout.domain;

/**
 * The kinds of beneficiary Juspay Payout knows; only some are supported so far. {@code BENE_ID} names a beneficiary
 * saved through the beneficiary API, resolved to its bank account or VPA when the order is created.
 */
public enum BeneficiaryType {
    ACCOUNT_IFSC(true),
    UPI_ID(true),
    BENE_ID(true),
    CARD(false),
    WALLET(false),
    PAYOUT_LINK(false);

    private final boolean supported;

    BeneficiaryType(boolean supported) {
        this.supported = supported;
    }

    public boolean isSupported() {
        return supported;
    }
}
