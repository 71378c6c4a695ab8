package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code beneficiaryDetails {type, details}} echoed back; {@code id} only for {@code BENE_ID}. */
public record BeneficiaryDetailsView(String type, Details details) {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(String id, String name, String account, String ifsc, String vpa, String mobileNo) {
    }
}
