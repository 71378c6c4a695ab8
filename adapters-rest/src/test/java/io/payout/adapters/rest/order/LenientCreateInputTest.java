package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What real Juspay integrations send that is not the canonical form, and is still accepted. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LenientCreateInputTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-lenient");
    }

    @Test
    void amountsAsNumericStringsOrIntegersAreExactAndAnsweredWithTwoDecimals() {
        ObjectNode body = OrderJson.full("ord-amounts-1");
        OrderJson.with(body, "amount", OrderJson.parse("\"10.5\""));
        OrderJson.with(body, "fulfillments[0].amount", OrderJson.parse("7"));

        JsonNode order = created(body);

        assertThat(order.path("amount")).isEqualTo(OrderJson.parse("10.50"));
        assertThat(order.path("fulfillments").get(0).path("amount")).isEqualTo(OrderJson.parse("7.00"));
        assertThat(order.path("fulfillments").get(1).path("amount")).isEqualTo(OrderJson.parse("3.50"));
    }

    @Test
    void wholeNumbersAsStringsHoldingOneAreRead() {
        ObjectNode body = OrderJson.full("ord-whole-1");
        OrderJson.with(body, "fulfillments[0].additionalInfo.attemptThreshold", OrderJson.parse("\"25\""));
        OrderJson.with(body, "retryAttemptPolicy", OrderJson.parse("{\"maxAttempts\": \"2\"}"));

        JsonNode order = created(body);

        assertThat(order.at("/fulfillments/0/additionalInfo/attemptThreshold").asInt()).isEqualTo(25);
    }

    @Test
    void scheduleTimeWithAnOffsetIsAnsweredInUtc() {
        ObjectNode body = OrderJson.full("ord-offset-1");
        OrderJson.with(body, "fulfillments[0].additionalInfo.scheduleTime", OrderJson.parse("\"2030-01-01T05:30:00+05:30\""));

        JsonNode order = created(body);

        assertThat(order.at("/fulfillments/0/additionalInfo/scheduleTime").asText()).isEqualTo("2030-01-01T00:00:00Z");
    }

    @Test
    void customHeaderSentAsAStringIsKeptAsSent() {
        ObjectNode body = OrderJson.full("ord-header-1");
        OrderJson.with(body, "fulfillments[0].additionalInfo.webhookDetails.customHeader",
                OrderJson.parse("\"{\\\"x-tenant\\\": \\\"t2\\\"}\""));

        JsonNode order = created(body);

        assertThat(order.at("/fulfillments/0/additionalInfo/webhookDetails/customHeader").asText())
                .isEqualTo("{\"x-tenant\": \"t2\"}");
    }

    @Test
    void emptyOptionalFieldsAreTakenAsAbsent() {
        ObjectNode body = OrderJson.full("ord-empty-1");
        OrderJson.with(body, "customerPhone", OrderJson.parse("\"\""));
        OrderJson.with(body, "customerEmail", OrderJson.parse("\"\""));
        OrderJson.with(body, "fulfillments[1].beneficiaryDetails.details.mobileNo", OrderJson.parse("\"\""));
        OrderJson.with(body, "fulfillments[0].additionalInfo.useThisAsTR", OrderJson.parse("\"\""));
        OrderJson.with(body, "fulfillments[0].additionalInfo.scheduleTime", OrderJson.parse("\"\""));

        JsonNode order = created(body);

        assertThat(order.has("customerPhone")).isFalse();
        assertThat(order.has("customerEmail")).isFalse();
        assertThat(order.at("/fulfillments/1/beneficiaryDetails/details").has("mobileNo")).isFalse();
        assertThat(order.at("/fulfillments/0/additionalInfo").has("useThisAsTR")).isFalse();
        assertThat(order.at("/fulfillments/0/additionalInfo").has("scheduleTime")).isFalse();
    }

    @Test
    void unknownPropertiesAnywhereAreIgnoredAndAMissingTypeMeansFulfillOnly() {
        ObjectNode body = OrderJson.full("ord-unknown-1");
        OrderJson.with(body, "type", null);
        OrderJson.with(body, "metadata", OrderJson.parse("{\"a\": [1, {\"b\": null}]}"));
        OrderJson.with(body, "fulfillments[0].beneficiaryDetails.details.bankName", OrderJson.parse("\"YES BANK\""));
        OrderJson.with(body, "fulfillments[0].beneficiaryDetails.extra", OrderJson.parse("true"));
        OrderJson.with(body, "fulfillments[0].additionalInfo.merchantNote", OrderJson.parse("\"n\""));
        OrderJson.with(body, "fulfillments[1].anything", OrderJson.parse("[]"));

        JsonNode order = created(body);

        assertThat(order.path("type").asText()).isEqualTo("FULFILL_ONLY");
        assertThat(order.toString()).doesNotContain("YES BANK", "merchantNote", "metadata");
    }

    private static JsonNode created(ObjectNode body) {
        ApiResponse response = api.createOrder(key, body.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
