package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.RetryRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** A retry policy in {@code config.yml} (see docs/retry-policy.md); absent fields take the built-in default. */
public class RetryPolicySettings {
    @Min(1)
    @Max(RetryPolicy.MAX_ATTEMPTS_LIMIT)
    @JsonProperty
    private int maxAttempts = RetryPolicy.DEFAULT.maxAttempts();
    @Valid
    @JsonProperty
    private List<Rule> rules;
    @NotNull
    @JsonProperty
    private RetryAction defaultAction = RetryPolicy.DEFAULT.defaultAction();
    @NotNull
    @JsonProperty
    private Duration backoffInitial = Duration.seconds(5);
    @JsonProperty
    private double backoffMultiplier = 2.0;
    @NotNull
    @JsonProperty
    private Duration backoffMax = Duration.minutes(5);
    @NotNull
    @JsonProperty
    private Duration attemptWindow = Duration.hours(24);
    @NotNull
    @JsonProperty
    private Duration pendingLimit = Duration.hours(2);

    /** One rule: a failure with one of these codes or categories gets this action. */
    public static class Rule {
        @JsonProperty
        private List<String> responseCodes = List.of();
        @JsonProperty
        private List<FailureCategory> categories = List.of();
        @NotNull
        @JsonProperty
        private RetryAction action;
    }

    public RetryPolicy toPolicy() {
        List<RetryRule> domainRules = new ArrayList<>();
        if (rules == null) {
            domainRules.addAll(RetryPolicy.DEFAULT.rules());
        } else {
            rules.forEach(r -> domainRules.add(new RetryRule(r.responseCodes, r.categories, r.action)));
        }
        return new RetryPolicy(maxAttempts, domainRules, defaultAction,
                new Backoff(backoffInitial.toJavaDuration(), backoffMultiplier, backoffMax.toJavaDuration()),
                attemptWindow.toJavaDuration(), pendingLimit.toJavaDuration());
    }
}
