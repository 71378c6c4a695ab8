package io.payout.domain.attempt;

/** What a gateway said about one transaction, in the domain's terms. */
public sealed interface GatewayResult
        permits GatewayResult.Succeeded, GatewayResult.Failed, GatewayResult.Pending, GatewayResult.Unknown {
    String rawResponse();

    /** Paid. */
    record Succeeded(String gatewayRefId, String rawResponse) implements GatewayResult {
    }

    /** Not paid, for certain. */
    record Failed(String responseCode, String message, FailureCategory category, boolean retryable,
                  String rawResponse) implements GatewayResult {
    }

    /** In progress. */
    record Pending(String gatewayRefId, String rawResponse) implements GatewayResult {
    }

    /**
     * No usable answer (timeout, 5xx, garbage): the money may or may not have gone. {@code notFound}: an inquiry
     * the gateway answered with "never received this reference", the one case where the same reference may be
     * sent again.
     */
    record Unknown(String reason, boolean notFound, String rawResponse) implements GatewayResult {
        public static Unknown because(String reason) {
            return new Unknown(reason, false, null);
        }
    }
}
