package io.payout.adapters.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.BeneficiaryType;
import io.payout.domain.UpiBeneficiary;

/** A beneficiary's details as the JSON in {@code fulfillments.beneficiary_details}; its type is a column of its own. */
final class BeneficiaryJson {
    private BeneficiaryJson() {
    }

    private record BankAccount(@JsonProperty("name") String name, @JsonProperty("account") String account,
                               @JsonProperty("ifsc") String ifsc) {
    }

    private record Upi(@JsonProperty("name") String name, @JsonProperty("vpa") String vpa,
                       @JsonProperty("mobileNo") String mobileNo) {
    }

    static String write(Beneficiary beneficiary) {
        if (beneficiary instanceof BankAccountBeneficiary b) {
            return JsonColumn.write(new BankAccount(b.name(), b.account(), b.ifsc()));
        }
        if (beneficiary instanceof UpiBeneficiary u) {
            return JsonColumn.write(new Upi(u.name(), u.vpa(), u.mobileNo()));
        }
        throw new IllegalArgumentException("cannot store a " + beneficiary.type() + " beneficiary");
    }

    static Beneficiary read(String type, String json) {
        switch (BeneficiaryType.valueOf(type)) {
            case ACCOUNT_IFSC: {
                BankAccount b = JsonColumn.read(json, BankAccount.class);
                return new BankAccountBeneficiary(b.name(), b.account(), b.ifsc());
            }
            case UPI_ID: {
                Upi u = JsonColumn.read(json, Upi.class);
                return new UpiBeneficiary(u.name(), u.vpa(), u.mobileNo());
            }
            default:
                throw new IllegalStateException("stored beneficiary of unsupported type " + type);
        }
    }
}
