package io.payout.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    private static AuthSettings parse(String json) throws Exception {
        return JSON.readValue(json, AuthSettings.class);
    }

    @Test
    void keysAreRememberedTenSecondsByDefault() throws Exception {
        AuthSettings defaults = parse("{}");

        assertThat(defaults.keyCacheTtl()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.keyCacheSize()).isEqualTo(10_000);
    }

    @Test
    void aKeyIsNeverRememberedLongerThanTheRotationGracePeriod() throws Exception {
        assertThat(parse("{\"keyRotationGracePeriod\": \"3 seconds\", \"keyCacheTtl\": \"10 seconds\"}").keyCacheTtl())
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(parse("{\"keyRotationGracePeriod\": \"0 seconds\"}").keyCacheTtl()).isZero();
        assertThat(parse("{\"keyRotationGracePeriod\": \"1 hour\", \"keyCacheTtl\": \"1 minute\"}").keyCacheTtl())
                .isEqualTo(Duration.ofMinutes(1));
    }
}
