package io.payout.adapters.rest.beneficiary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.payout.adapters.rest.order.AdditionalInfoView;
import io.payout.adapters.rest.order.BeneficiaryDetailsView;

/**
 * A saved beneficiary as the API shows it, in Juspay's shape plus {@code email}, {@code phone} and
 * {@code additionalInfo} as sent (the webhook password never: the view has no field for it). {@code validateResp} is
 * there once a validation has a final answer; {@code fulfillmentMethod} is the method that answered.
 */
public record BeneficiaryView(String uniqueId, String beneId, String customerId, String status, String remark,
                              String nameAtBank, String fulfillmentMethod, BeneficiaryDetailsView beneDetails,
                              String command, @JsonInclude(JsonInclude.Include.NON_NULL) ValidateResp validateResp,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String email,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
                              @JsonInclude(JsonInclude.Include.NON_NULL) AdditionalInfoView additionalInfo,
                              String createdAt, String updatedAt) {

    /**
     * The validation's answer: {@code status} VALID, INVALID or ERROR; {@code message} the gateway's words (or ours);
     * {@code accountStatus} ACTIVE (valid), INVALID, or UNKNOWN (no answer); {@code data.nameAtBank} when valid.
     */
    public record ValidateResp(String status, String message, String accountStatus, Data data) {
    }

    public record Data(String nameAtBank) {
    }
}
