package io.payout.domain;

/** The kinds of beneficiary Juspay Payout knows; only some are supported so far. */
public enum BeneficiaryType {
    ACCOUNT_IFSC(true),
    UPI_ID(true),
    BENE_ID(false),
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
