package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import java.util.Locale;

/** What a RazorpayX payout entity means to the engine. */
final class PayoutEntityMapping {
    private PayoutEntityMapping() {
    }

    static GatewayResult toResult(Object payout, String raw) {
        String id = JsonPath.text(payout, "id").orElse(null);
        String status = JsonPath.text(payout, "status").map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        switch (status) {
            case "processed":
                return id == null ? unknown("a processed payout without an id", raw)
                        : new GatewayResult.Succeeded(JsonPath.text(payout, "utr").orElse(id), raw);
            case "pending": case "queued": case "scheduled": case "processing":
                return id == null ? unknown("a " + status + " payout without an id", raw)
                        : new GatewayResult.Pending(id, raw);
            case "failed": case "rejected": case "cancelled":
                return failed(payout, status, raw);
            case "reversed":
                return reversed(payout, raw);
            default:
                return unknown(status.isEmpty() ? "an answer that is not a payout" : "payout status " + status, raw);
        }
    }

    private static GatewayResult failed(Object payout, String status, String raw) {
        FailureCategory category = category(JsonPath.text(payout, "status_details", "source").orElse(""));
        boolean retryable = category != FailureCategory.BENEFICIARY && category != FailureCategory.INTERNAL;
        return new GatewayResult.Failed(reason(payout).orElse(status), description(payout, status), category,
                retryable, raw);
    }

    /** A failure after success: never retried, the engine treats it as the reversal it is. */
    private static GatewayResult reversed(Object payout, String raw) {
        FailureCategory category = category(JsonPath.text(payout, "status_details", "source").orElse(""));
        return new GatewayResult.Failed(reason(payout).orElse("reversed"), description(payout, "reversed"),
                category, false, raw);
    }

    static FailureCategory category(String source) {
        switch (source.toLowerCase(Locale.ROOT)) {
            case "beneficiary_bank": return FailureCategory.BENEFICIARY;
            case "business": return FailureCategory.BUSINESS;
            case "internal": return FailureCategory.INTERNAL;
            default: return FailureCategory.GATEWAY;
        }
    }

    private static java.util.Optional<String> reason(Object payout) {
        return JsonPath.text(payout, "status_details", "reason");
    }

    private static String description(Object payout, String status) {
        return JsonPath.text(payout, "status_details", "description").orElse("RazorpayX payout " + status);
    }

    private static GatewayResult unknown(String reason, String raw) {
        return new GatewayResult.Unknown("RazorpayX answered " + reason, false, raw);
    }
}
