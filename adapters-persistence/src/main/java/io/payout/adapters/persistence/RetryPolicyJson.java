package io.payout.adapters.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.RetryRule;
import java.time.Duration;
import java.util.List;

/**
 * An order's own {@link RetryPolicy} as the JSON in {@code orders.retry_policy} (null: none, the merchant's applies).
 * Durations are ISO-8601 text ({@code PT5S}), enums their names; reading goes through the domain's constructors,
 * so a stored policy is checked again when it is loaded.
 */
final class RetryPolicyJson {
    private RetryPolicyJson() {
    }

    private record Policy(@JsonProperty("maxAttempts") int maxAttempts, @JsonProperty("rules") List<Rule> rules,
                          @JsonProperty("defaultAction") String defaultAction,
                          @JsonProperty("backoff") BackoffJson backoff,
                          @JsonProperty("attemptWindow") String attemptWindow,
                          @JsonProperty("pendingLimit") String pendingLimit) {
    }

    private record Rule(@JsonProperty("responseCodes") List<String> responseCodes,
                        @JsonProperty("categories") List<String> categories,
                        @JsonProperty("action") String action) {
    }

    private record BackoffJson(@JsonProperty("initial") String initial, @JsonProperty("multiplier") double multiplier,
                               @JsonProperty("max") String max) {
    }

    static String write(RetryPolicy policy) {
        if (policy == null) {
            return null;
        }
        Backoff b = policy.backoff();
        List<Rule> rules = policy.rules().stream().map(RetryPolicyJson::toJson).toList();
        return JsonColumn.write(new Policy(policy.maxAttempts(), rules, policy.defaultAction().name(),
                new BackoffJson(b.initial().toString(), b.multiplier(), b.max().toString()),
                policy.attemptWindow().toString(), policy.pendingLimit().toString()));
    }

    static RetryPolicy read(String json) {
        if (json == null) {
            return null;
        }
        Policy p = JsonColumn.read(json, Policy.class);
        BackoffJson b = p.backoff();
        List<RetryRule> rules = p.rules() == null ? List.of()
                : p.rules().stream().map(RetryPolicyJson::toRule).toList();
        return new RetryPolicy(p.maxAttempts(), rules, RetryAction.valueOf(p.defaultAction()),
                new Backoff(Duration.parse(b.initial()), b.multiplier(), Duration.parse(b.max())),
                Duration.parse(p.attemptWindow()), Duration.parse(p.pendingLimit()));
    }

    private static Rule toJson(RetryRule rule) {
        return new Rule(rule.responseCodes(), rule.categories().stream().map(FailureCategory::name).toList(),
                rule.action().name());
    }

    private static RetryRule toRule(Rule rule) {
        List<FailureCategory> categories = rule.categories() == null ? List.of()
                : rule.categories().stream().map(FailureCategory::valueOf).toList();
        return new RetryRule(rule.responseCodes(), categories, RetryAction.valueOf(rule.action()));
    }
}
