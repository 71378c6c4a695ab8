package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.BACKOFF;
import static io.payout.domain.attempt.Fixtures.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static RetryPolicy policy(List<RetryRule> rules, RetryAction defaultAction) {
        return new RetryPolicy(3, rules, defaultAction, BACKOFF, Duration.ofHours(1), Duration.ofMinutes(30));
    }

    @Test
    void failureTheGatewayMarksNotRetryableStopsWhateverTheRulesSay() {
        RetryPolicy p = policy(List.of(new RetryRule(List.of("E1"), List.of(), RetryAction.RETRY_SAME_METHOD)),
                RetryAction.NEXT_METHOD);

        assertThat(p.actionFor(failed("E1", FailureCategory.GATEWAY, false))).isEqualTo(RetryAction.STOP);
        assertThat(p.actionFor(failed("E9", FailureCategory.GATEWAY, false))).isEqualTo(RetryAction.STOP);
    }

    @Test
    void firstMatchingRuleWins() {
        RetryPolicy p = policy(List.of(
                new RetryRule(List.of("INSUFFICIENT_BALANCE"), List.of(), RetryAction.STOP),
                new RetryRule(List.of(), List.of(FailureCategory.BUSINESS), RetryAction.RETRY_SAME_METHOD),
                new RetryRule(List.of("INSUFFICIENT_BALANCE"), List.of(FailureCategory.BUSINESS), RetryAction.NEXT_METHOD)),
                RetryAction.NEXT_METHOD);

        assertThat(p.actionFor(failed("INSUFFICIENT_BALANCE", FailureCategory.BUSINESS, true)))
                .isEqualTo(RetryAction.STOP);
        assertThat(p.actionFor(failed("LIMIT_EXCEEDED", FailureCategory.BUSINESS, true)))
                .isEqualTo(RetryAction.RETRY_SAME_METHOD);
    }

    @Test
    void ruleMatchesOnResponseCodeOrOnCategory() {
        RetryPolicy p = policy(List.of(new RetryRule(List.of("E42"), List.of(FailureCategory.GATEWAY),
                RetryAction.RETRY_SAME_METHOD)), RetryAction.STOP);

        assertThat(p.actionFor(failed("E42", FailureCategory.BUSINESS, true))).isEqualTo(RetryAction.RETRY_SAME_METHOD);
        assertThat(p.actionFor(failed("E1", FailureCategory.GATEWAY, true))).isEqualTo(RetryAction.RETRY_SAME_METHOD);
        assertThat(p.actionFor(failed("E1", FailureCategory.BUSINESS, true))).isEqualTo(RetryAction.STOP);
    }

    @Test
    void failureNoRuleMatchesGetsTheDefaultAction() {
        RetryPolicy p = policy(List.of(new RetryRule(List.of(), List.of(FailureCategory.BENEFICIARY), RetryAction.STOP)),
                RetryAction.RETRY_SAME_METHOD);

        assertThat(p.actionFor(failed("E1", FailureCategory.GATEWAY, true))).isEqualTo(RetryAction.RETRY_SAME_METHOD);
    }

    @Test
    void failureWithoutCodeOrCategoryIsMatchedAgainstRulesWithoutError() {
        RetryPolicy p = policy(List.of(new RetryRule(List.of("E1"), List.of(FailureCategory.BENEFICIARY),
                RetryAction.STOP)), RetryAction.NEXT_METHOD);

        assertThat(p.actionFor(failed(null, null, true))).isEqualTo(RetryAction.NEXT_METHOD);
        assertThat(p.actionFor(failed(null, FailureCategory.BENEFICIARY, true))).isEqualTo(RetryAction.STOP);
        assertThat(p.actionFor(failed("E1", null, true))).isEqualTo(RetryAction.STOP);
    }

    @Test
    void defaultPolicyStopsOnBeneficiaryAndInternalFailuresAndMovesOnOtherwise() {
        RetryPolicy p = RetryPolicy.DEFAULT;

        assertThat(p.actionFor(failed("INVALID_IFSC", FailureCategory.BENEFICIARY, true))).isEqualTo(RetryAction.STOP);
        assertThat(p.actionFor(failed("BAD_REQUEST", FailureCategory.INTERNAL, true))).isEqualTo(RetryAction.STOP);
        assertThat(p.actionFor(failed("BANK_DOWN", FailureCategory.GATEWAY, true))).isEqualTo(RetryAction.NEXT_METHOD);
        assertThat(p.actionFor(failed("LOW_BALANCE", FailureCategory.BUSINESS, true))).isEqualTo(RetryAction.NEXT_METHOD);
        assertThat(p.actionFor(failed(null, null, true))).isEqualTo(RetryAction.NEXT_METHOD);
    }

    @Test
    void defaultPolicyMatchesTheDocumentedDefaults() {
        RetryPolicy p = RetryPolicy.DEFAULT;

        assertThat(p.maxAttempts()).isEqualTo(3);
        assertThat(p.defaultAction()).isEqualTo(RetryAction.NEXT_METHOD);
        assertThat(p.backoff()).isEqualTo(new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(300)));
        assertThat(p.attemptWindow()).isEqualTo(Duration.ofMinutes(1440));
        assertThat(p.pendingLimit()).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void maxAttemptsIsFromOneToTen() {
        assertThat(new RetryPolicy(1, null, RetryAction.STOP, BACKOFF, Duration.ofHours(1), Duration.ofHours(1))
                .maxAttempts()).isEqualTo(1);
        assertThat(new RetryPolicy(10, null, RetryAction.STOP, BACKOFF, Duration.ofHours(1), Duration.ofHours(1))
                .maxAttempts()).isEqualTo(10);
        assertThatThrownBy(() -> new RetryPolicy(0, null, RetryAction.STOP, BACKOFF, Duration.ofHours(1),
                Duration.ofHours(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryPolicy(11, null, RetryAction.STOP, BACKOFF, Duration.ofHours(1),
                Duration.ofHours(1))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void windowAndPendingLimitMustBePositive() {
        assertThatThrownBy(() -> new RetryPolicy(3, null, RetryAction.STOP, BACKOFF, Duration.ZERO,
                Duration.ofHours(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, null, RetryAction.STOP, BACKOFF, null,
                Duration.ofHours(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, null, RetryAction.STOP, BACKOFF, Duration.ofHours(1),
                Duration.ofSeconds(-1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, null, null, BACKOFF, Duration.ofHours(1),
                Duration.ofHours(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, null, RetryAction.STOP, null, Duration.ofHours(1),
                Duration.ofHours(1))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rulesAreCopiedSoLaterChangesToTheListDoNotLeakIn() {
        List<RetryRule> rules = new ArrayList<>();
        rules.add(new RetryRule(List.of("E1"), null, RetryAction.STOP));
        RetryPolicy p = policy(rules, RetryAction.NEXT_METHOD);
        rules.clear();

        assertThat(p.rules()).hasSize(1);
        assertThatThrownBy(() -> p.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withoutRetriesAllowsOneAttemptAndKeepsTheRest() {
        RetryPolicy p = RetryPolicy.DEFAULT.withoutRetries();

        assertThat(p.maxAttempts()).isEqualTo(1);
        assertThat(p.rules()).isEqualTo(RetryPolicy.DEFAULT.rules());
        assertThat(p.attemptWindow()).isEqualTo(RetryPolicy.DEFAULT.attemptWindow());
    }

    @Test
    void withAttemptWindowChangesOnlyTheWindow() {
        RetryPolicy p = RetryPolicy.DEFAULT.withAttemptWindow(Duration.ofMinutes(30));

        assertThat(p.attemptWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(p).isEqualTo(new RetryPolicy(3, RetryPolicy.DEFAULT.rules(), RetryAction.NEXT_METHOD,
                RetryPolicy.DEFAULT.backoff(), Duration.ofMinutes(30), RetryPolicy.DEFAULT.pendingLimit()));
    }
}
