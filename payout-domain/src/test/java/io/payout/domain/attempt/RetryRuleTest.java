package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.InvalidValueException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryRuleTest {
    @Test
    void ruleMustNameACodeOrACategory() {
        assertThatThrownBy(() -> new RetryRule(List.of(), List.of(), RetryAction.STOP))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryRule(null, null, RetryAction.STOP))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ruleNamesAtMostOneHundredCodes() {
        assertThat(new RetryRule(Collections.nCopies(100, "E1"), null, RetryAction.STOP).responseCodes()).hasSize(100);
        assertThatThrownBy(() -> new RetryRule(Collections.nCopies(101, "E1"), null, RetryAction.STOP))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ruleNeedsAnAction() {
        assertThatThrownBy(() -> new RetryRule(List.of("E1"), null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void matchesAFailureWithOneOfItsCodesOrCategories() {
        RetryRule rule = new RetryRule(List.of("E1", "E2"), List.of(FailureCategory.GATEWAY), RetryAction.STOP);

        assertThat(rule.matches(failed("E2", FailureCategory.BUSINESS, true))).isTrue();
        assertThat(rule.matches(failed("E9", FailureCategory.GATEWAY, true))).isTrue();
        assertThat(rule.matches(failed("E9", FailureCategory.BUSINESS, true))).isFalse();
    }

    @Test
    void failureWithoutCodeOrCategoryMatchesNoRuleByThem() {
        RetryRule byCode = new RetryRule(List.of("E1"), null, RetryAction.STOP);
        RetryRule byCategory = new RetryRule(null, List.of(FailureCategory.GATEWAY), RetryAction.STOP);

        assertThat(byCode.matches(failed(null, FailureCategory.GATEWAY, true))).isFalse();
        assertThat(byCategory.matches(failed("E1", null, true))).isFalse();
        assertThat(byCategory.matches(failed(null, null, true))).isFalse();
    }
}
