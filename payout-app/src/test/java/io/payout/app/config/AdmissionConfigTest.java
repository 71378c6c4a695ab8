package io.payout.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import io.payout.application.admission.AdmissionSettings;
import jakarta.validation.Validator;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AdmissionConfigTest {
    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Validator VALIDATOR = Validators.newValidator();

    private static AdmissionConfig parse(String json) throws Exception {
        return JSON.readValue(json, AdmissionConfig.class);
    }

    @Test
    void theDefaultsRefuseOverTwoMinutesOfLagSampledFourTimesASecond() throws Exception {
        AdmissionConfig config = parse("{}");
        AdmissionSettings settings = config.toSettings();

        assertThat(config.enabled()).isTrue();
        assertThat(config.sampleInterval()).isEqualTo(java.time.Duration.ofMillis(250));
        assertThat(settings.maxEngineLag()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(settings.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(settings.maxSampleAge()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(VALIDATOR.validate(config)).isEmpty();
    }

    @Test
    void valuesTooSmallOrTooLargeAreConfigurationErrors() throws Exception {
        assertThat(VALIDATOR.validate(parse("{\"maxEngineLag\": \"500ms\"}"))).isNotEmpty();
        assertThat(VALIDATOR.validate(parse("{\"sampleInterval\": \"1ms\"}"))).isNotEmpty();
        assertThat(VALIDATOR.validate(parse("{\"sampleInterval\": \"2m\"}"))).isNotEmpty();
        assertThat(VALIDATOR.validate(parse("{\"retryAfter\": \"0s\"}"))).isNotEmpty();
        assertThat(VALIDATOR.validate(parse("{\"retryAfter\": \"2h\"}"))).isNotEmpty();
    }

    /**
     * The shipped configurations that may see an instance killed keep admission on, with the lag threshold above the
     * engine's lease with a margin: the orders a killed instance held become due again a lease late, and that alone
     * must not make the service refuse creates.
     */
    @ParameterizedTest
    @ValueSource(strings = {"config.yml", "config-production.yml", "chaos/chaos-config.yml"})
    void shippedConfigurationsKeepTheThresholdWellAboveTheLease(String file) throws Exception {
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", file).toFile());

        java.time.Duration lease = Duration.parse(yaml.path("engine").path("lease").asText()).toJavaDuration();
        java.time.Duration maxLag = Duration.parse(yaml.path("admission").path("maxEngineLag").asText())
                .toJavaDuration();

        assertThat(yaml.path("admission").path("enabled").asBoolean()).isTrue();
        assertThat(maxLag).isGreaterThanOrEqualTo(lease.plus(lease.dividedBy(2)));
    }
}
