package io.payout.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    private static GatewayConfig parse(String json) throws Exception {
        return JSON.readValue(json, GatewayConfig.class);
    }

    @Test
    void aGatewayEnabledByItsCredentialsRunsOnlyWhenTheyAreSet() throws Exception {
        String template = "{\"id\": \"RAZORPAYX\", \"enabledWhenSettingSet\": \"key-id\", \"settings\": {\"key-id\": %s}}";

        assertThat(parse(template.formatted("\"rzp_test_1\"")).enabled()).isTrue();
        assertThat(parse(template.formatted("null")).enabled()).isFalse();
        assertThat(parse(template.formatted("\"  \"")).enabled()).isFalse();
        assertThat(parse("{\"id\": \"RAZORPAYX\", \"enabled\": false, \"enabledWhenSettingSet\": \"key-id\","
                + " \"settings\": {\"key-id\": \"rzp\"}}").enabled()).isFalse();
    }

    @Test
    void emptySettingsAreLeftOutSoThePluginSeesThemAsAbsent() throws Exception {
        GatewayConfig config = parse("{\"id\": \"X\", \"settings\": {\"a\": \"1\", \"b\": null, \"c\": \"\"}}");

        assertThat(config.settings()).containsOnlyKeys("a");
        assertThat(config.enabled()).isTrue();
    }
}
