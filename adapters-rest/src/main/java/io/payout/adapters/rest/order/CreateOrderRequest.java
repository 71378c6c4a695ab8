package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Juspay's create-order body, field by field, as sent: nothing is checked here ({@link CreateOrderCommandMapper}
 * does that and names the field). Enums are strings so that an unknown value gets a message listing the known
 * ones; amounts are {@link BigDecimal} so that they stay exact. Fields we do not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrderRequest(String orderId, BigDecimal amount, String customerId, String customerPhone,
                                 String customerEmail, String type, List<Fulfillment> fulfillments, String udf1,
                                 String udf2, String udf3, String udf4, String udf5) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fulfillment(BigDecimal amount, BeneficiaryDetails beneficiaryDetails, List<String> preferredMethodList,
                              String udf1, String udf2, String udf3, String udf4, String udf5,
                              AdditionalInfo additionalInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BeneficiaryDetails(String type, Details details) {
    }

    /** The union of the details of the beneficiary types we support. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Details(String name, String account, String ifsc, String vpa, String mobileNo) {
        @Override
        public String toString() {
            return "Details[type-specific fields hidden]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdditionalInfo(String remark, String useThisAsTR, String scheduleTime, Integer attemptThreshold,
                                 @JsonProperty("isRetriable") Boolean isRetriable, WebhookDetails webhookDetails) {
    }

    /** {@code customHeader} may come as a JSON object or as a string holding one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WebhookDetails(String url, String username, String password, JsonNode customHeader) {
        @Override
        public String toString() {
            return "WebhookDetails[url=" + url + ", username=" + username + ", password=***]";
        }
    }
}
