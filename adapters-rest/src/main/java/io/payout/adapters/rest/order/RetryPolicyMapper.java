package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.RetryRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * An order's {@code retryAttemptPolicy} (shape and ranges: {@link CreateOrderRequest.RetryAttemptPolicy}) made
 * into a {@link RetryPolicy}. Each value is checked here and a complaint names the field as sent; an absent field
 * takes {@link RetryPolicy#DEFAULT}'s value; an absent policy is null (the merchant's default applies).
 */
final class RetryPolicyMapper {
    static final String FIELD = "retryAttemptPolicy";
    static final int MAX_DELAY_SECONDS = 86_400;
    static final int MAX_MINUTES = 43_200;
    private static final BigDecimal MIN_MULTIPLIER = BigDecimal.ONE;
    private static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;
    private final RetryRuleMapper rules = new RetryRuleMapper();

    RetryPolicy toRetryPolicy(CreateOrderRequest.RetryAttemptPolicy request) {
        if (request == null) {
            return null;
        }
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        int maxAttempts = request.maxAttempts() == null ? defaults.maxAttempts()
                : RangeField.within(FIELD + ".maxAttempts", request.maxAttempts(), 1, RetryPolicy.MAX_ATTEMPTS_LIMIT);
        List<RetryRule> ruleList = request.rules() == null ? defaults.rules()
                : rules.toRules(FIELD + ".rules", request.rules());
        RetryAction defaultAction = request.defaultAction() == null ? defaults.defaultAction()
                : EnumField.parse(FIELD + ".defaultAction", request.defaultAction(), RetryAction.class);
        Backoff backoff = backoff(FIELD + ".backoff", request.backoff());
        Duration window = minutes(FIELD + ".attemptWindowMinutes", request.attemptWindowMinutes(), defaults.attemptWindow());
        Duration pending = minutes(FIELD + ".pendingLimitMinutes", request.pendingLimitMinutes(), defaults.pendingLimit());
        return InvalidInputException.at(FIELD,
                () -> new RetryPolicy(maxAttempts, ruleList, defaultAction, backoff, window, pending));
    }

    private static Backoff backoff(String field, CreateOrderRequest.Backoff request) {
        Backoff defaults = RetryPolicy.DEFAULT.backoff();
        if (request == null) {
            return defaults;
        }
        Duration initial = seconds(field + ".initialDelaySeconds", request.initialDelaySeconds(), defaults.initial());
        double multiplier = request.multiplier() == null ? defaults.multiplier()
                : multiplier(field + ".multiplier", request.multiplier());
        Duration max = seconds(field + ".maxDelaySeconds", request.maxDelaySeconds(), defaults.max());
        if (max.compareTo(initial) < 0) {
            throw new InvalidInputException(field + ".maxDelaySeconds", "must be at least initialDelaySeconds"
                    + (request.maxDelaySeconds() == null ? " (it is " + defaults.max().toSeconds() + " when not given)" : ""));
        }
        return InvalidInputException.at(field, () -> new Backoff(initial, multiplier, max));
    }

    private static double multiplier(String field, BigDecimal value) {
        if (value.compareTo(MIN_MULTIPLIER) < 0 || value.compareTo(MAX_MULTIPLIER) > 0) {
            throw new InvalidInputException(field, "must be from " + MIN_MULTIPLIER + " to " + MAX_MULTIPLIER);
        }
        return value.doubleValue();
    }

    private static Duration seconds(String field, Integer value, Duration absent) {
        return value == null ? absent : Duration.ofSeconds(RangeField.within(field, value, 0, MAX_DELAY_SECONDS));
    }

    private static Duration minutes(String field, Integer value, Duration absent) {
        return value == null ? absent : Duration.ofMinutes(RangeField.within(field, value, 1, MAX_MINUTES));
    }
}
