package io.payout.domain;

import java.util.regex.Pattern;

/** A UPI virtual payment address (VPA), with an optional mobile number. */
public record UpiBeneficiary(String name, String vpa, String mobileNo) implements Beneficiary {
    private static final Pattern VPA = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{1,255}@[A-Za-z][A-Za-z0-9.\\-]{1,63}");
    private static final Pattern MOBILE = Pattern.compile("(\\+91)?[0-9]{10}");

    public UpiBeneficiary {
        name = Beneficiary.checkedName(name);
        InvalidInputException.at("vpa", () -> Text.matching(vpa, VPA, "a VPA such as name@bank"));
        if (mobileNo != null) {
            InvalidInputException.at("mobileNo", () -> Text.matching(mobileNo, MOBILE, "10 digits, optionally after +91"));
        }
    }

    @Override
    public BeneficiaryType type() {
        return BeneficiaryType.UPI_ID;
    }
}
