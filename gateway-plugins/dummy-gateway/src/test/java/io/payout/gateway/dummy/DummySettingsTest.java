package io.payout.gateway.dummy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DummySettingsTest {

    @Test
    void withoutConfigurationTheSandboxBehavesLikeJuspays() {
        DummySettings settings = DummySettings.fromConfiguration(Map.of());

        assertThat(settings).isEqualTo(DummySettings.defaults());
        assertThat(settings.timeoutShare()).isEqualTo(0.16);
        assertThat(settings.latency()).isZero();
        assertThat(settings.delayedFailureAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.reversalAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.seed()).isEmpty();
    }

    @Test
    void readsEveryKeyIgnoringSurroundingBlanks() {
        DummySettings settings = DummySettings.fromConfiguration(Map.of(
                "timeout-share", " 0.5 ",
                "latency-ms", "15",
                "delayed-failure-after-ms", "3000",
                "reversal-after-ms", "0",
                "seed", "-42"));

        assertThat(settings).isEqualTo(new DummySettings(0.5, Duration.ofMillis(15), Duration.ofSeconds(3),
                Duration.ZERO, OptionalLong.of(-42)));
    }

    @Test
    void blankAndNullValuesCountAsAbsentAndUnknownKeysAreIgnored() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("timeout-share", "");
        configuration.put("seed", null);
        configuration.put("latency-ms", "   ");
        configuration.put("base-url", "http://localhost");

        assertThat(DummySettings.fromConfiguration(configuration)).isEqualTo(DummySettings.defaults());
    }

    @Test
    void theTimeoutShareMayBeZeroOrOne() {
        assertThat(DummySettings.fromConfiguration(Map.of("timeout-share", "0")).timeoutShare()).isZero();
        assertThat(DummySettings.fromConfiguration(Map.of("timeout-share", "1.0")).timeoutShare()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"timeout-share, abc", "timeout-share, -0.01", "timeout-share, 1.01", "timeout-share, NaN",
            "timeout-share, 16%", "latency-ms, -1", "latency-ms, 1.5", "latency-ms, soon",
            "delayed-failure-after-ms, -5", "delayed-failure-after-ms, 20s", "reversal-after-ms, -1",
            "reversal-after-ms, 99999999999999999999", "seed, x", "seed, 4.2"})
    void aBadValueIsRefusedNamingItsKey(String key, String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DummySettings.fromConfiguration(Map.of(key, value)))
                .withMessageContaining("'" + key + "'")
                .withMessageContaining(value);
    }

    @Test
    void settingsBuiltInCodeAreCheckedToo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DummySettings.defaults().withTimeoutShare(1.5))
                .withMessageContaining("timeout-share");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DummySettings(0, Duration.ofMillis(-1), Duration.ZERO, Duration.ZERO,
                        OptionalLong.empty()))
                .withMessageContaining("latency-ms");
    }
}
