package io.payout.gateway.spi;

/** The answer to a beneficiary validation (a penny drop or a VPA lookup). */
public sealed interface BeneficiaryCheck permits BeneficiaryCheck.Valid, BeneficiaryCheck.Invalid, BeneficiaryCheck.Error {
    /** The account or VPA exists; the bank's name for its holder, when given. */
    record Valid(String nameAtBank) implements BeneficiaryCheck {
    }

    /** It does not exist, or cannot receive money. */
    record Invalid(String reason) implements BeneficiaryCheck {
    }

    /** No answer could be had. */
    record Error(String reason) implements BeneficiaryCheck {
    }
}
