package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashfreeSettingsTest {
    private static Map<String, String> with(String... keysAndValues) {
        Map<String, String> map = new HashMap<>(Map.of("client-id", "the-id", "client-secret", "the-secret"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void defaultsAreProductionUrlApiVersion20240101AndEightSeconds() {
        CashfreeSettings settings = CashfreeSettings.fromConfiguration(with());

        assertThat(settings.baseUrl()).hasToString("https://api.cashfree.com/payout");
        assertThat(settings.apiVersion()).isEqualTo("2024-01-01");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void configuredValuesAreUsedAndTrailingSlashDropped() {
        CashfreeSettings settings = CashfreeSettings.fromConfiguration(with(
                "base-url", "https://sandbox.cashfree.com/payout/", "api-version", "2025-01-01",
                "request-timeout-ms", "2500"));

        assertThat(settings.baseUrl()).hasToString("https://sandbox.cashfree.com/payout");
        assertThat(settings.apiVersion()).isEqualTo("2025-01-01");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void missingClientIdIsRefusedNamingTheKey() {
        Map<String, String> configuration = with();
        configuration.remove("client-id");

        assertThatThrownBy(() -> CashfreeSettings.fromConfiguration(configuration))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'client-id'")
                .hasMessageNotContaining("the-secret");
    }

    @Test
    void blankClientSecretIsRefusedNamingTheKeyNotTheValue() {
        assertThatThrownBy(() -> CashfreeSettings.fromConfiguration(with("client-secret", "   ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'client-secret'")
                .hasMessageNotContaining("the-id");
    }

    @Test
    void badTimeoutAndBaseUrlAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> CashfreeSettings.fromConfiguration(with("request-timeout-ms", "soon")))
                .hasMessageContaining("'request-timeout-ms'");
        assertThatThrownBy(() -> CashfreeSettings.fromConfiguration(with("request-timeout-ms", "0")))
                .hasMessageContaining("'request-timeout-ms'");
        assertThatThrownBy(() -> CashfreeSettings.fromConfiguration(with("base-url", "ftp://x")))
                .hasMessageContaining("'base-url'");
        assertThatThrownBy(() -> CashfreeSettings.fromConfiguration(with("base-url", "::not a url")))
                .hasMessageContaining("'base-url'");
    }

    @Test
    void toStringNeverShowsCredentials() {
        String text = CashfreeSettings.fromConfiguration(with()).toString();

        assertThat(text).doesNotContain("the-id", "the-secret");
    }
}
