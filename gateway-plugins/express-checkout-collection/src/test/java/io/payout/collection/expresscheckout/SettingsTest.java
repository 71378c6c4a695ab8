package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {
    @Test
    void timeoutDefaultsToTenSecondsAndReturnUrlToNone() {
        ExpressCheckoutSettings settings = ExpressCheckoutSettings.fromConfiguration(complete());

        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.returnUrl()).isEmpty();
        assertThat(settings.baseUrl()).hasToString("https://sandbox.juspay.in");
    }

    @Test
    void optionalKeysAreRead() {
        Map<String, String> configuration = complete();
        configuration.put("timeout-ms", "2500");
        configuration.put("return-url", "https://merchant.example/back");

        ExpressCheckoutSettings settings = ExpressCheckoutSettings.fromConfiguration(configuration);

        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.returnUrl()).isEqualTo(Optional.of("https://merchant.example/back"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base-url", "api-key", "merchant-id", "webhook-username", "webhook-password"})
    void missingOrBlankRequiredKeyIsRefusedNamingIt(String key) {
        Map<String, String> missing = complete();
        missing.remove(key);
        Map<String, String> blank = complete();
        blank.put(key, "  ");

        for (Map<String, String> configuration : java.util.List.of(missing, blank)) {
            assertThatThrownBy(() -> new ExpressCheckoutPlugin().create(configuration))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("EXPRESS_CHECKOUT collection configuration '" + key + "' is required");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "ten", "1.5"})
    void badTimeoutIsRefusedWithoutQuotingIt(String value) {
        Map<String, String> configuration = complete();
        configuration.put("timeout-ms", value);

        assertThatThrownBy(() -> ExpressCheckoutSettings.fromConfiguration(configuration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'timeout-ms'").hasMessageNotContaining("'" + value + "'");
    }

    @Test
    void urlsMustBeHttpOrHttps() {
        Map<String, String> badBase = complete();
        badBase.put("base-url", "ftp://sandbox.juspay.in");
        Map<String, String> badReturn = complete();
        badReturn.put("return-url", "not a url");

        assertThatThrownBy(() -> ExpressCheckoutSettings.fromConfiguration(badBase))
                .hasMessage("EXPRESS_CHECKOUT collection configuration 'base-url' must be an http or https URL");
        assertThatThrownBy(() -> ExpressCheckoutSettings.fromConfiguration(badReturn))
                .hasMessage("EXPRESS_CHECKOUT collection configuration 'return-url' must be an http or https URL");
    }

    @Test
    void toStringShowsNoCredential() {
        String text = ExpressCheckoutSettings.fromConfiguration(complete()).toString();

        assertThat(text).contains("sandbox.juspay.in").doesNotContain(FakeExpressCheckout.API_KEY)
                .doesNotContain(FakeExpressCheckout.WEBHOOK_PASSWORD);
    }

    static Map<String, String> complete() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("base-url", "https://sandbox.juspay.in/");
        configuration.put("api-key", FakeExpressCheckout.API_KEY);
        configuration.put("merchant-id", FakeExpressCheckout.MERCHANT_ID);
        configuration.put("webhook-username", FakeExpressCheckout.WEBHOOK_USERNAME);
        configuration.put("webhook-password", FakeExpressCheckout.WEBHOOK_PASSWORD);
        return configuration;
    }
}
