package io.payout.domain.attempt;

import io.payout.domain.Money;
import java.time.Duration;
import java.util.List;

/**
 * A generated history for one order: its fulfillment amounts, the policy and timings it runs under, and what
 * happens next, one {@link Event} after another (a gateway's answer to whatever the engine does, or a cancel).
 */
record GatewayScript(List<Fulfillment> fulfillments, RetryPolicy policy, EngineTimings timings,
                     int methodCount, List<Event> events) {

    /** One fulfillment as requested: its amount, {@code isRetriable} and {@code attemptThreshold} (minutes). */
    record Fulfillment(Money amount, Boolean isRetriable, Integer attemptThreshold) {
    }

    enum Answer {
        SUCCEEDED, FAILED, PENDING, UNKNOWN, NOT_FOUND, NOT_SENT, CRASH_BEFORE_ANSWER, CANCEL
    }

    /**
     * After {@code after}, the engine steps fulfillment {@code fulfillment} (modulo their number) and the gateway
     * answers {@code answer}; a failure carries {@code category}, {@code retryable} and {@code code}.
     */
    record Event(int fulfillment, Duration after, Answer answer, FailureCategory category, boolean retryable,
                 String code) {
        GatewayResult result() {
            return switch (answer) {
                case SUCCEEDED -> new GatewayResult.Succeeded("gw-ref", "{\"status\":\"SUCCESS\"}");
                case FAILED -> new GatewayResult.Failed(code, "refused", category, retryable, null);
                case PENDING -> new GatewayResult.Pending("gw-ref", null);
                case NOT_FOUND -> new GatewayResult.Unknown("not found", true, null);
                case NOT_SENT -> new GatewayResult.NotSent("gateway busy");
                case UNKNOWN, CRASH_BEFORE_ANSWER, CANCEL -> GatewayResult.Unknown.because("read timed out");
            };
        }

        @Override
        public String toString() {
            return "+" + after.toSeconds() + "s f" + (fulfillment + 1) + " " + answer
                    + (answer == Answer.FAILED ? "(" + code + "," + category + ",retryable=" + retryable + ")" : "");
        }
    }
}
