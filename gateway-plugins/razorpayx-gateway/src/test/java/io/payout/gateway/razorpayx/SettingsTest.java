package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaultsAreRazorpaysApiAndEightSeconds() {
        RazorpayXSettings settings = RazorpayXSettings.fromConfiguration(required());

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.razorpay.com"));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(8000));
        assertThat(settings.webhookSecret()).isEmpty();
    }

    @Test
    void givenValuesAreUsedAndATrailingSlashIsDropped() {
        Map<String, String> configuration = required();
        configuration.put("base-url", "http://localhost:9090/");
        configuration.put("request-timeout-ms", " 1500 ");
        configuration.put("webhook-secret", "wh");

        RazorpayXSettings settings = RazorpayXSettings.fromConfiguration(configuration);

        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:9090"));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.webhookSecret()).contains("wh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"key-id", "key-secret", "account-number"})
    void missingOrBlankRequiredKeyIsRefusedNamingTheKey(String key) {
        Map<String, String> missing = required();
        missing.remove(key);
        Map<String, String> blank = required();
        blank.put(key, "  ");

        for (Map<String, String> configuration : java.util.List.of(missing, blank)) {
            assertThatThrownBy(() -> new RazorpayXGatewayPlugin().create(configuration))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + key + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "soon", "1.5"})
    void badTimeoutIsRefusedNamingTheKeyButNotQuotingTheValue(String value) {
        Map<String, String> configuration = required();
        configuration.put("request-timeout-ms", value);

        assertThatThrownBy(() -> RazorpayXSettings.fromConfiguration(configuration))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request-timeout-ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x", "not a url", "api.razorpay.com"})
    void badBaseUrlIsRefusedNamingTheKey(String value) {
        Map<String, String> configuration = required();
        configuration.put("base-url", value);

        assertThatThrownBy(() -> RazorpayXSettings.fromConfiguration(configuration))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base-url");
    }

    static Map<String, String> required() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("key-id", "rzp_live_SECRETID");
        configuration.put("key-secret", "very-secret-value");
        configuration.put("account-number", "7878780080316316");
        return configuration;
    }
}
