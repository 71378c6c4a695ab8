package io.payout.domain.attempt;

import io.payout.domain.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a retry policy: when a failure has one of {@code responseCodes} or one of {@code categories}, do
 * {@code action}. A rule must name at least one code or category.
 */
public record RetryRule(List<String> responseCodes, List<FailureCategory> categories, RetryAction action) {
    public RetryRule {
        responseCodes = List.copyOf(responseCodes == null ? List.of() : responseCodes);
        categories = List.copyOf(categories == null ? List.of() : categories);
        Objects.requireNonNull(action, "action");
        if (responseCodes.isEmpty() && categories.isEmpty()) {
            throw new InvalidValueException("a rule must name responseCodes or categories");
        }
        if (responseCodes.size() > 100) {
            throw new InvalidValueException("a rule may name at most 100 response codes");
        }
    }

    /** A failure without a code (or category) matches no rule by it; immutable lists refuse contains(null). */
    public boolean matches(GatewayResult.Failed failure) {
        return failure.responseCode() != null && responseCodes.contains(failure.responseCode())
                || failure.category() != null && categories.contains(failure.category());
    }
}
