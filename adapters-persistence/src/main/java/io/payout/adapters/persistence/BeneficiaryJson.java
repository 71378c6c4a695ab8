package io.payout.adapters.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.BeneficiaryType;
import io.payout.domain.UpiBeneficiary;

/**
 * A beneficiary's details as the JSON in {@code fulfillments.beneficiary_details} (and
 * {@code beneficiaries.payee_details}); its type is a column of its own. A {@code BENE_ID} beneficiary is stored
 * resolved: its {@code id}, the {@code payeeType} it resolved to, and that payee's fields.
 */
final class BeneficiaryJson {
    private BeneficiaryJson() {
    }

    private record BankAccount(@JsonProperty("name") String name, @JsonProperty("account") String account,
                               @JsonProperty("ifsc") String ifsc) {
    }

    private record Upi(@JsonProperty("name") String name, @JsonProperty("vpa") String vpa,
                       @JsonProperty("mobileNo") String mobileNo) {
    }

    private record Saved(@JsonProperty("id") String id, @JsonProperty("payeeType") String payeeType) {
    }

    private record SavedBankAccount(@JsonProperty("id") String id, @JsonProperty("payeeType") String payeeType,
                                    @JsonProperty("name") String name, @JsonProperty("account") String account,
                                    @JsonProperty("ifsc") String ifsc) {
    }

    private record SavedUpi(@JsonProperty("id") String id, @JsonProperty("payeeType") String payeeType,
                            @JsonProperty("name") String name, @JsonProperty("vpa") String vpa,
                            @JsonProperty("mobileNo") String mobileNo) {
    }

    static String write(Beneficiary beneficiary) {
        if (beneficiary instanceof BeneIdBeneficiary ref) {
            return writeSaved(ref);
        }
        if (beneficiary instanceof BankAccountBeneficiary b) {
            return JsonColumn.write(new BankAccount(b.name(), b.account(), b.ifsc()));
        }
        if (beneficiary instanceof UpiBeneficiary u) {
            return JsonColumn.write(new Upi(u.name(), u.vpa(), u.mobileNo()));
        }
        throw new IllegalArgumentException("cannot store a " + beneficiary.type() + " beneficiary");
    }

    private static String writeSaved(BeneIdBeneficiary ref) {
        if (ref.payee() instanceof BankAccountBeneficiary b) {
            return JsonColumn.write(new SavedBankAccount(ref.id().value(), b.type().name(), b.name(), b.account(),
                    b.ifsc()));
        }
        if (ref.payee() instanceof UpiBeneficiary u) {
            return JsonColumn.write(new SavedUpi(ref.id().value(), u.type().name(), u.name(), u.vpa(), u.mobileNo()));
        }
        throw new IllegalArgumentException("cannot store a BENE_ID beneficiary that is not resolved");
    }

    static Beneficiary read(String type, String json) {
        switch (BeneficiaryType.valueOf(type)) {
            case BENE_ID: {
                Saved saved = JsonColumn.read(json, Saved.class);
                if (BeneficiaryType.BENE_ID.name().equals(saved.payeeType())) {
                    throw new IllegalStateException("stored BENE_ID beneficiary resolved to another BENE_ID");
                }
                return new BeneIdBeneficiary(new BeneId(saved.id()), null, read(saved.payeeType(), json));
            }
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
