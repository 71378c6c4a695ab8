package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code additionalInfo} echoed back. The webhook's password has no field here: it is never shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdditionalInfoView(String remark, String useThisAsTR, String scheduleTime, Integer attemptThreshold,
                                 @JsonProperty("isRetriable") Boolean isRetriable, WebhookDetails webhookDetails) {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookDetails(String url, String username, String customHeader) {
    }
}
