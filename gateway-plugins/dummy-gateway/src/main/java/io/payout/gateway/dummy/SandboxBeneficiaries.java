package io.payout.gateway.dummy;

import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.Payee;

/**
 * Juspay's sandbox beneficiary validation data: the account {@code 026291800001191} at IFSC {@code YESB0000262} and
 * the VPA {@code success@upi} are valid, {@code invalid@upi} is invalid, {@code error@upi} gets no answer; every other
 * account or VPA is invalid. Always the same answer for the same payee.
 */
final class SandboxBeneficiaries {
    static final String VALID_ACCOUNT = "026291800001191";
    static final String VALID_IFSC = "YESB0000262";
    static final String VALID_VPA = "success@upi";
    static final String INVALID_VPA = "invalid@upi";
    static final String ERROR_VPA = "error@upi";
    /** The holder's name the sandbox bank reports for its valid account. */
    static final String ACCOUNT_HOLDER = "JUSPAY SANDBOX ACCOUNT HOLDER";
    /** The holder's name the sandbox bank reports for its valid VPA. */
    static final String VPA_HOLDER = "JUSPAY SANDBOX UPI USER";

    private SandboxBeneficiaries() {
    }

    static BeneficiaryCheck check(Payee payee) {
        if (payee instanceof Payee.BankAccount account) {
            boolean valid = VALID_ACCOUNT.equals(account.accountNumber()) && VALID_IFSC.equals(account.ifsc());
            return valid ? new BeneficiaryCheck.Valid(ACCOUNT_HOLDER)
                    : new BeneficiaryCheck.Invalid("DUMMY_INVALID_ACCOUNT: no such account at this IFSC");
        }
        if (payee instanceof Payee.Vpa upi) {
            return switch (upi.vpa()) {
                case VALID_VPA -> new BeneficiaryCheck.Valid(VPA_HOLDER);
                case ERROR_VPA -> new BeneficiaryCheck.Error("DUMMY_VALIDATION_ERROR: the payee's bank did not answer");
                default -> new BeneficiaryCheck.Invalid("DUMMY_INVALID_VPA: no such VPA");
            };
        }
        return new BeneficiaryCheck.Error("DUMMY_UNSUPPORTED_PAYEE: the sandbox validates bank accounts and VPAs");
    }
}
