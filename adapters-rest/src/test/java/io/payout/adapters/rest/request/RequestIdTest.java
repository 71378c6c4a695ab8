package io.payout.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.order.OrderResource;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.LogCapture;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries x-request-id, and the log lines of the request carry it in the MDC. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RequestIdTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String GENERATED = "[0-9a-f]{16}";
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-request-id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "req-42", "0f8fad5b-d9cb-469f-a165-70867728950e", "trace:span.1_x-Y",
        "1234567890123456789012345678901234567890123456789012345678901234"})
    void aSaneRequestIdIsEchoed(String requestId) {
        ApiResponse response = api.send(listing().header("x-request-id", requestId).GET().build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-request-id")).isEqualTo(requestId);
    }

    @Test
    void withoutARequestIdOneIsGeneratedForEachRequest() {
        String first = api.send(listing().GET().build()).header("x-request-id");
        String second = api.send(listing().GET().build()).header("x-request-id");

        assertThat(first).matches(GENERATED);
        assertThat(second).matches(GENERATED).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "<script>", "ä-umlaut", "quote\"d", "slash/ed",
        "12345678901234567890123456789012345678901234567890123456789012345"})
    void anInsaneRequestIdIsReplacedByAGeneratedOne(String requestId) {
        ApiResponse response = api.send(listing().header("x-request-id", requestId).GET().build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-request-id")).matches(GENERATED);
    }

    @Test
    void errorResponsesCarryTheRequestIdToo() {
        ApiResponse unauthenticated = api.send(api.request(ApiClient.ORDERS).header("x-request-id", "req-401")
                .GET().build());
        ApiResponse invalid = api.send(api.request(ApiClient.ORDERS + "?limit=0").header("x-request-id", "req-400")
                .header("Authorization", ApiClient.basic(key)).GET().build());
        ApiResponse unknownOrder = api.send(api.request(ApiClient.ORDERS + "/ord-never").header("x-request-id",
                "req-404").header("Authorization", ApiClient.basic(key)).GET().build());
        ApiResponse unknownPath = api.send(api.request("/nowhere").header("x-request-id", "req-404b").GET().build());
        ApiResponse wrongMethod = api.send(api.request(ApiClient.ORDERS).header("x-request-id", "req-405")
                .header("Authorization", ApiClient.basic(key)).DELETE().build());

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("x-request-id")).isEqualTo("req-401");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("x-request-id")).isEqualTo("req-400");
        assertThat(unknownOrder.status()).isEqualTo(404);
        assertThat(unknownOrder.header("x-request-id")).isEqualTo("req-404");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.header("x-request-id")).isEqualTo("req-404b");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("x-request-id")).isEqualTo("req-405");
    }

    @Test
    void theRequestIdIsInTheMdcOfTheRequestsLogLines() {
        try (LogCapture log = LogCapture.of(OrderResource.class)) {
            ApiResponse created = api.send(api.request(ApiClient.ORDERS).header("x-request-id", "req-logged-1")
                    .header("Authorization", ApiClient.basic(key)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(OrderJson.full("ord-request-id-1").toString())).build());

            assertThat(created.status()).isEqualTo(200);
            ILoggingEvent line = log.events().stream()
                    .filter(e -> e.getFormattedMessage().contains("orderId=ord-request-id-1")).findFirst().orElseThrow();
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestIdFilter.MDC_KEY, "req-logged-1");
        }
    }

    @Test
    void aGeneratedRequestIdIsTheOneInTheLog() {
        try (LogCapture log = LogCapture.of(OrderResource.class)) {
            ApiResponse created = api.createOrder(key, OrderJson.full("ord-request-id-2").toString());

            ILoggingEvent line = log.events().stream()
                    .filter(e -> e.getFormattedMessage().contains("orderId=ord-request-id-2")).findFirst().orElseThrow();
            assertThat(line.getMDCPropertyMap())
                    .containsEntry(RequestIdFilter.MDC_KEY, created.header("x-request-id"));
        }
    }

    private static HttpRequest.Builder listing() {
        return api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key));
    }
}
