package io.payout.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.MerchantId;
import io.payout.domain.attempt.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPoliciesTest {
    private static final MerchantId ACME = new MerchantId("acme");
    private static final RetryPolicy ACMES = RetryPolicy.DEFAULT.withoutRetries();
    private final RetryPolicies policies = new RetryPolicies(RetryPolicy.DEFAULT, Map.of(ACME, ACMES));

    @Test
    void ordersOwnPolicyWins() {
        RetryPolicy own = RetryPolicy.DEFAULT.withAttemptWindow(Duration.ofMinutes(5));

        assertThat(policies.forOrder(ACME, own)).isSameAs(own);
    }

    @Test
    void merchantsDefaultAppliesToItsOrdersWithoutAPolicy() {
        assertThat(policies.forOrder(ACME, null)).isSameAs(ACMES);
    }

    @Test
    void serviceDefaultAppliesToOtherMerchants() {
        assertThat(policies.forOrder(new MerchantId("other"), null)).isSameAs(RetryPolicy.DEFAULT);
    }

    @Test
    void engineSettingsAreChecked() {
        assertThat(new EngineSettings("engine-1", 1, Duration.ofSeconds(1)).batchSize()).isEqualTo(1);
        assertThatThrownBy(() -> new EngineSettings(null, 1, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EngineSettings("e", 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineSettings("e", 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineSettings("e", 1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
