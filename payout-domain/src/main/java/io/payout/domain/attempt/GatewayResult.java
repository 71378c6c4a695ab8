package io.payout.domain.attempt;

/** What a gateway said about one transaction, in the domain's terms. */
public sealed interface GatewayResult
        permits GatewayResult.Succeeded, GatewayResult.Failed, GatewayResult.Pending, GatewayResult.Unknown,
        GatewayResult.NotSent {
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

    /**
     * The call never left this process (our own gateway threads were all taken, the method is paused, the host is
     * closing): it says nothing about the transaction, so it changes nothing, and the engine asks again soon. Unlike
     * {@link Unknown}, it is no sign that the money may have gone, and it does not count as a look at the transaction.
     */
    record NotSent(String reason) implements GatewayResult {
        @Override
        public String rawResponse() {
            return null;
        }
    }
}
