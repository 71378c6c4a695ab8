package io.payout.gateway.dummy;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;

/**
 * What the sandbox says about a recorded payout at one instant. {@link #label()} is the {@code status} of its raw
 * response and what {@link DummyLedger#statusOf(String)} answers.
 */
enum SandboxStatus {
    PENDING("PENDING", null, null, null, false),
    SUCCESS("SUCCESS", null, null, null, false),
    FAILED("FAILURE", "DUMMY_FAILED", "the sandbox does not pay this amount on this rail",
            FailureCategory.BUSINESS, true),
    DELAYED_FAILURE("FAILURE", "DUMMY_DELAYED_FAILURE", "the sandbox failed the payout after a delay",
            FailureCategory.GATEWAY, true),
    REVERSED("REVERSED", "DUMMY_REVERSED", "the sandbox reversed the payout after it had succeeded",
            FailureCategory.GATEWAY, false);

    private final String label;
    private final String responseCode;
    private final String message;
    private final FailureCategory category;
    private final boolean retryable;

    SandboxStatus(String label, String responseCode, String message, FailureCategory category, boolean retryable) {
        this.label = label;
        this.responseCode = responseCode;
        this.message = message;
        this.category = category;
        this.retryable = retryable;
    }

    String label() {
        return label;
    }

    /** The answer to an initiate or an inquiry about {@code payout} while it is in this status. */
    GatewayResult answerFor(RecordedPayout payout) {
        String raw = RawJson.with("status", label)
                .and("transactionRef", payout.transactionRef())
                .and("gatewayRefId", payout.gatewayRefId())
                .and("responseCode", responseCode)
                .toString();
        return switch (this) {
            case PENDING -> new GatewayResult.Pending(payout.gatewayRefId(), raw);
            case SUCCESS -> new GatewayResult.Succeeded(payout.gatewayRefId(), raw);
            case FAILED, DELAYED_FAILURE, REVERSED ->
                    new GatewayResult.Failed(responseCode, message, category, retryable, raw);
        };
    }
}
