package io.payout.adapters.rest.beneficiary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.payout.adapters.rest.order.CreateOrderRequest;

/**
 * Juspay's beneficiary body ({@code POST /merchant/v2/benedetails}), field by field, as sent: nothing is checked
 * here ({@link SaveBeneficiaryCommandMapper} does that and names the field). {@code beneDetails} and
 * {@code additionalInfo.webhookDetails} have the order create's shapes. Fields we do not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SaveBeneficiaryRequest(String beneId, String customerId,
                                     CreateOrderRequest.BeneficiaryDetails beneDetails, String command, String email,
                                     String phone, AdditionalInfo additionalInfo) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdditionalInfo(CreateOrderRequest.WebhookDetails webhookDetails) {
    }
}
