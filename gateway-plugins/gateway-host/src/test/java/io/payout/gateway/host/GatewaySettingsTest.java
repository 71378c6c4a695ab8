package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void refusesAnIdThatIsNotUpperCase() {
        assertThatThrownBy(() -> GatewaySettings.enabled("dummy", SECOND, 1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway id").hasMessageContaining("'dummy'");
    }

    @Test
    void refusesAZeroTimeoutNamingTheGateway() {
        assertThatThrownBy(() -> GatewaySettings.enabled("DUMMY", Duration.ZERO, 1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("gateway DUMMY: timeout must be positive, was PT0S");
    }

    @Test
    void refusesLessThanOneConcurrentCall() {
        assertThatThrownBy(() -> GatewaySettings.enabled("DUMMY", SECOND, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateway DUMMY: maxConcurrency must be at least 1, was 0");
    }

    @Test
    void refusesRepeatedOrMalformedRails() {
        GatewaySettings settings = GatewaySettings.enabled("DUMMY", SECOND, 1, Map.of());

        assertThatThrownBy(() -> settings.withRails(List.of("IMPS", "IMPS")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> settings.withRails(List.of("imps")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'imps'");
    }

    @Test
    void absentRailsAndSettingsAreEmptyAndNullValuesAreKept() {
        Map<String, String> section = new HashMap<>();
        section.put("seed", null);

        GatewaySettings settings = new GatewaySettings("DUMMY", false, SECOND, 1, null, section);

        assertThat(settings.rails()).isEmpty();
        assertThat(settings.settings()).containsEntry("seed", null);
        assertThat(new GatewaySettings("DUMMY", false, SECOND, 1, null, null).settings()).isEmpty();
    }

    @Test
    void printsSettingKeysButNeverTheirValues() {
        GatewaySettings settings = GatewaySettings.enabled("ACME", SECOND, 1, Map.of("api-key", "s3cr3t"));

        assertThat(settings.toString()).contains("api-key").doesNotContain("s3cr3t");
    }
}
