package io.payout.domain.attempt;

import io.payout.domain.InvalidValueException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@code retry_attempt_policy}: how many attempts a fulfillment may have in all, which failures are retried and
 * how (the first matching rule wins, else {@code defaultAction}), how long to wait before a retry, and how long a
 * fulfillment may take before its attempts stop ({@code attemptWindow}; a fulfillment's {@code attemptThreshold}
 * overrides it), and how long one transaction may stay pending ({@code pendingLimit}) before manual review.
 * A reversal is never retried. See docs/retry-policy.md.
 */
public record RetryPolicy(int maxAttempts, List<RetryRule> rules, RetryAction defaultAction, Backoff backoff,
                          Duration attemptWindow, Duration pendingLimit) {
    public static final int MAX_ATTEMPTS_LIMIT = 10;

    /** Transient failures go to the next method; beneficiary and internal errors stop at once. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3,
            List.of(new RetryRule(List.of(), List.of(FailureCategory.BENEFICIARY, FailureCategory.INTERNAL), RetryAction.STOP)),
            RetryAction.NEXT_METHOD, new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(5)), Duration.ofHours(24),
            Duration.ofHours(2));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
            throw new InvalidValueException("maxAttempts must be from 1 to " + MAX_ATTEMPTS_LIMIT);
        }
        rules = List.copyOf(rules == null ? List.of() : rules);
        Objects.requireNonNull(defaultAction, "defaultAction");
        Objects.requireNonNull(backoff, "backoff");
        if (attemptWindow == null || attemptWindow.isNegative() || attemptWindow.isZero()) {
            throw new InvalidValueException("attemptWindow must be positive");
        }
        if (pendingLimit == null || pendingLimit.isNegative() || pendingLimit.isZero()) {
            throw new InvalidValueException("pendingLimit must be positive");
        }
    }

    /** What a failure calls for, before counting attempts: STOP when the gateway says retrying cannot help, else the first matching rule's action, else the default. */
    public RetryAction actionFor(GatewayResult.Failed failure) {
        if (!failure.retryable()) {
            return RetryAction.STOP;
        }
        return rules.stream().filter(rule -> rule.matches(failure)).map(RetryRule::action).findFirst()
                .orElse(defaultAction);
    }

    public RetryPolicy withAttemptWindow(Duration window) {
        return new RetryPolicy(maxAttempts, rules, defaultAction, backoff, window, pendingLimit);
    }

    public RetryPolicy withoutRetries() {
        return new RetryPolicy(1, rules, defaultAction, backoff, attemptWindow, pendingLimit);
    }
}
