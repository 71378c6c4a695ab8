package io.payout.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.payout.adapters.rest.limit.AuthFailureLimitSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthFailureLimitConfigTest {
    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Validator VALIDATOR = Validators.newValidator();

    private static AuthFailureLimitConfig parse(String json) throws Exception {
        return JSON.readValue(json, AuthFailureLimitConfig.class);
    }

    @Test
    void theDefaultsAreTwentyFailuresAMinuteAndNoTrustedProxy() throws Exception {
        AuthFailureLimitSettings settings = parse("{}").toSettings();

        assertThat(settings).usingRecursiveComparison().isEqualTo(AuthFailureLimitSettings.DEFAULT);
        assertThat(settings.per()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.maxFailures()).isEqualTo(20);
        assertThat(settings.trustedProxies().isEmpty()).isTrue();
    }

    @Test
    void trustedProxiesAreAddressesOrBlocks() throws Exception {
        AuthFailureLimitConfig config = parse("{\"trustedProxies\": [\"10.0.0.0/8\", \"::1\"]}");

        assertThat(VALIDATOR.validate(config)).isEmpty();
        assertThat(config.toSettings().trustedProxies().contains(InetAddress.getByName("10.1.2.3"))).isTrue();
    }

    @Test
    void aTrustedProxyThatIsNoAddressIsAConfigurationError() throws Exception {
        AuthFailureLimitConfig config = parse("{\"trustedProxies\": [\"lb.example.com\"]}");

        assertThat(VALIDATOR.validate(config)).extracting(ConstraintViolation::getMessage)
                .containsExactly("authFailureLimit.trustedProxies must hold IP addresses or CIDR blocks (10.0.0.0/8)");
    }

    @Test
    void aWindowUnderOneSecondOrNoFailureAllowedIsAConfigurationError() throws Exception {
        assertThat(VALIDATOR.validate(parse("{\"per\": \"500 milliseconds\"}"))).isNotEmpty();
        assertThat(VALIDATOR.validate(parse("{\"maxFailures\": 0}"))).isNotEmpty();
        assertThat(VALIDATOR.validate(parse("{\"maxClients\": 0}"))).isNotEmpty();
    }
}
