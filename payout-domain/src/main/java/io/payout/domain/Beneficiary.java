package io.payout.domain;

/** Who receives a payout, and where. */
public sealed interface Beneficiary permits BankAccountBeneficiary, UpiBeneficiary {
    BeneficiaryType type();

    String name();

    /** Beneficiary names: required, at most 100 characters. */
    static String checkedName(String name) {
        return InvalidInputException.at("name", () -> Text.required(name, 100));
    }
}
