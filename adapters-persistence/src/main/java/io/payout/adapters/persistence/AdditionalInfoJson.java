package io.payout.adapters.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.WebhookTarget;
import java.time.Instant;

/**
 * A fulfillment's {@link AdditionalInfo} as the JSON in {@code fulfillments.additional_info}; absent fields are
 * left out. The webhook password is kept: callbacks need it.
 */
final class AdditionalInfoJson {
    private AdditionalInfoJson() {
    }

    private record Info(@JsonProperty("remark") String remark, @JsonProperty("useThisAsTR") String useThisAsTR,
                        @JsonProperty("scheduleTime") String scheduleTime,
                        @JsonProperty("attemptThreshold") Integer attemptThreshold,
                        @JsonProperty("isRetriable") Boolean isRetriable,
                        @JsonProperty("webhookDetails") Webhook webhookDetails) {
    }

    private record Webhook(@JsonProperty("url") String url, @JsonProperty("username") String username,
                           @JsonProperty("password") String password,
                           @JsonProperty("customHeader") String customHeader) {
    }

    static String write(AdditionalInfo info) {
        WebhookTarget hook = info.webhookDetails();
        return JsonColumn.write(new Info(info.remark(), info.useThisAsTR(),
                info.scheduleTime() == null ? null : info.scheduleTime().toString(),
                info.attemptThreshold(), info.isRetriable(),
                hook == null ? null : new Webhook(hook.url(), hook.username(), hook.password(), hook.customHeader())));
    }

    static AdditionalInfo read(String json) {
        Info info = JsonColumn.read(json, Info.class);
        Webhook hook = info.webhookDetails();
        return new AdditionalInfo(info.remark(), info.useThisAsTR(),
                info.scheduleTime() == null ? null : Instant.parse(info.scheduleTime()),
                info.attemptThreshold(), info.isRetriable(),
                hook == null ? null : new WebhookTarget(hook.url(), hook.username(), hook.password(), hook.customHeader()));
    }
}
