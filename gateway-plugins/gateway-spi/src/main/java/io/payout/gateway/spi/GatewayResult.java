package io.payout.gateway.spi;

/** What a gateway said. The engine switches on these four and nothing else. */
public sealed interface GatewayResult
        permits GatewayResult.Succeeded, GatewayResult.Failed, GatewayResult.Pending, GatewayResult.Unknown {
    /** The gateway's raw-ish reply, for operators (never credentials). May be null. */
    String rawResponse();

    /** Paid; {@code gatewayRefId} is the gateway's id for it (UTR or its own). */
    record Succeeded(String gatewayRefId, String rawResponse) implements GatewayResult {
    }

    /** Not paid, and the gateway says so for certain. */
    record Failed(String responseCode, String message, FailureCategory category, boolean retryable,
                  String rawResponse) implements GatewayResult {
    }

    /** Accepted and in progress; ask again later. */
    record Pending(String gatewayRefId, String rawResponse) implements GatewayResult {
    }

    /**
     * No usable answer (timeout, 5xx, garbage), or an inquiry about a reference the gateway says it never
     * received ({@code notFound}: only then may the same reference be sent again). An initiation the gateway
     * refuses with "not found" is {@code notFound = false}: the engine inquires before it sends again.
     */
    record Unknown(String reason, boolean notFound, String rawResponse) implements GatewayResult {
    }
}
