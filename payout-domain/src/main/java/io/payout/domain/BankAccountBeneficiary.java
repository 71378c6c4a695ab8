package io.payout.domain;

import java.util.regex.Pattern;

/** A bank account in India: account number and IFSC. */
public record BankAccountBeneficiary(String name, String account, String ifsc) implements Beneficiary {
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{9,18}");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");

    public BankAccountBeneficiary {
        name = Beneficiary.checkedName(name);
        InvalidInputException.at("account", () -> Text.matching(account, ACCOUNT, "9 to 18 digits"));
        InvalidInputException.at("ifsc", () -> Text.matching(ifsc, IFSC, "an IFSC such as YESB0000262"));
    }

    @Override
    public BeneficiaryType type() {
        return BeneficiaryType.ACCOUNT_IFSC;
    }

    /** The account number with all but its last four digits hidden, for logs. */
    public String maskedAccount() {
        return "X".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }
}
