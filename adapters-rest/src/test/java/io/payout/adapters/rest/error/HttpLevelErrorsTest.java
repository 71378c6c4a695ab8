package io.payout.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class HttpLevelErrorsTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-paths");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /payout/merchant/v1/nothing-here",
            "POST, /payout/merchant/v2/orders",
            "GET, /payout",
            "GET, /payout/",
            "GET, /",
            "GET, /merchant/v1/orders/ord-1",
            "POST, /somewhere/else",
            "DELETE, /favicon.ico"})
    void anUnknownPathInsideOrOutsideTheApiIs404E09(String method, String path) {
        ApiResponse response = api.send(api.request(path).header("Authorization", ApiClient.basic(key))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.errorCode()).isEqualTo("E09");
        assertThat(response.json().path("error").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DELETE, /payout/merchant/v1/orders, POST",
            "PATCH, /payout/merchant/v1/orders, GET",
            "PUT, /payout/merchant/v1/orders/ord-1, GET",
            "POST, /payout/merchant/v1/orders/ord-1, GET",
            "GET, /payout/merchant/v1/fulfillment/0123456789abcdef0123456789abcd-f1/cancel, POST"})
    void aMethodThePathDoesNotTakeIs405E05NamingTheAllowedOnes(String method, String path, String allowed) {
        ApiResponse response = api.send(api.request(path).header("Authorization", ApiClient.basic(key))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.errorCode()).isEqualTo("E05");
        assertThat(response.header("Allow")).contains(allowed);
        assertThat(response.errorMessage()).contains(allowed);
    }

    @Test
    void aUriJettyRefusesIs400E01InTheEnvelope() {
        ApiResponse response = api.send(api.request(ApiClient.ORDERS + "/ord%2F1").header("Authorization", ApiClient.basic(key))
                .GET().build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void headersTooLargeForJettyAreAnsweredInTheEnvelope() {
        ApiResponse response = api.send(api.request(ApiClient.ORDERS + "/ord-1").header("Authorization", ApiClient.basic(key))
                .header("x-padding", "p".repeat(20_000)).GET().build());

        assertThat(response.status()).isEqualTo(431);
        assertThat(response.errorCode()).isEqualTo("E01");
    }

    @Test
    void theServletAnswersTheEnvelopeWhateverTheMethod() {
        ApiResponse response = api.send(api.request("/admin-like/path").method("PATCH",
                HttpRequest.BodyPublishers.ofString("x")).build());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }
}
