package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Juspay's create-order body, field by field, as sent: nothing is checked here ({@link CreateOrderCommandMapper}
 * does that and names the field). Enums are strings so that an unknown value gets a message listing the known
 * ones; amounts are {@link BigDecimal} so that they stay exact. Fields we do not use are ignored. Types are strict
 * ({@code ApiJson}): text fields take only JSON strings, booleans only {@code true} or {@code false}, whole numbers no
 * fraction.
 *
 * <p>{@code type} is {@code FULFILL_ONLY} (the default) or {@code PAY_AND_FULFILL} (the amount is first collected
 * from the end user through the payment links in the response's {@code payments[]}). {@code refundOnFailure}, for
 * {@code PAY_AND_FULFILL} only: whether a collected amount that is not paid out is refunded automatically
 * ({@code true} or {@code false}; absent or null: the merchant's setting). It is part of the request,
 * so the same orderId with another value is 409 E05.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrderRequest(String orderId, BigDecimal amount, String customerId, String customerPhone,
                                 String customerEmail, String type, List<Fulfillment> fulfillments, String udf1,
                                 String udf2, String udf3, String udf4, String udf5,
                                 RetryAttemptPolicy retryAttemptPolicy, Boolean refundOnFailure) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fulfillment(BigDecimal amount, BeneficiaryDetails beneficiaryDetails, List<String> preferredMethodList,
                              String udf1, String udf2, String udf3, String udf4, String udf5,
                              AdditionalInfo additionalInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BeneficiaryDetails(String type, Details details) {
    }

    /** The union of the details of the beneficiary types we support ({@code id}: a saved beneficiary's beneId). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Details(String name, String account, String ifsc, String vpa, String mobileNo, String id) {
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

    /**
     * The order's own {@code retryAttemptPolicy}. Juspay names it but publishes no schema; this one is ours. Every
     * field is optional: an absent (or null) field takes {@code RetryPolicy.DEFAULT}'s value, and an absent (or
     * null) policy leaves the order on the merchant's default.
     * <pre>{@code
     * "retryAttemptPolicy": {
     *   "maxAttempts": 3,
     *   "rules": [{"responseCodes": ["INSUFFICIENT_BALANCE"], "categories": ["BENEFICIARY"], "action": "STOP"}],
     *   "defaultAction": "NEXT_METHOD",
     *   "backoff": {"initialDelaySeconds": 5, "multiplier": 2, "maxDelaySeconds": 300},
     *   "attemptWindowMinutes": 1440,
     *   "pendingLimitMinutes": 120
     * }
     * }</pre>
     * <ul>
     * <li>{@code maxAttempts}: attempts a fulfillment may have in all, 1 to 10 (default 3).</li>
     * <li>{@code rules}: at most 20, tried in order after a failed attempt; the first whose {@code responseCodes}
     * (the gateway's codes, up to 100 of 1 to 64 characters) or {@code categories} ({@code BENEFICIARY},
     * {@code GATEWAY}, {@code BUSINESS}, {@code INTERNAL}) match decides the {@code action}: {@code RETRY_SAME_METHOD},
     * {@code NEXT_METHOD} or {@code STOP}. A rule names at least one code or category, and its action. The list
     * given replaces the default rules (which stop on {@code BENEFICIARY} and {@code INTERNAL}); {@code []} means
     * no rules.</li>
     * <li>{@code defaultAction}: for a failure no rule matches (default {@code NEXT_METHOD}).</li>
     * <li>{@code backoff}: the wait before a retry, {@code initialDelaySeconds} (0 to 86400, default 5), then times
     * {@code multiplier} (1 to 10, default 2) each time, at most {@code maxDelaySeconds} (0 to 86400 and at least
     * the initial delay, default 300).</li>
     * <li>{@code attemptWindowMinutes}: how long a fulfillment may keep trying, 1 to 43200 (default 1440); a
     * fulfillment's {@code additionalInfo.attemptThreshold} overrides it.</li>
     * <li>{@code pendingLimitMinutes}: how long one transaction may stay pending before manual review, 1 to 43200
     * (default 120).</li>
     * </ul>
     * Whole numbers must be JSON integers (or strings holding one); an invalid value is 400 E01 naming the field as sent
     * ({@code retryAttemptPolicy.rules[0].action}). The policy is part of the request: repeating a create with the
     * same policy is idempotent, the same orderId with another policy is 409 E05.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RetryAttemptPolicy(Integer maxAttempts, List<RetryRule> rules, String defaultAction, Backoff backoff,
                                     Integer attemptWindowMinutes, Integer pendingLimitMinutes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RetryRule(List<String> responseCodes, List<String> categories, String action) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Backoff(Integer initialDelaySeconds, BigDecimal multiplier, Integer maxDelaySeconds) {
    }
}
