package io.payout.domain;

/** Who receives a payout, and where. */
public sealed interface Beneficiary permits BankAccountBeneficiary, UpiBeneficiary, BeneIdBeneficiary {
    BeneficiaryType type();

    String name();

    /**
     * The bank account or VPA the money goes to: the beneficiary itself, or for a {@link BeneIdBeneficiary} the
     * saved one it was resolved to (null until then).
     */
    default Beneficiary payee() {
        return this;
    }

    /** Beneficiary names: required, at most 100 characters. */
    static String checkedName(String name) {
        return InvalidInputException.at("name", () -> Text.required(name, 100));
    }
}
