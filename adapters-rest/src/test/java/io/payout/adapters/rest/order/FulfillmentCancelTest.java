package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.LogCapture;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.domain.Order;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /payout/merchant/v1/fulfillment/{fulfillmentId}/cancel} on the real CancelFulfillmentService. */
@ExtendWith(DropwizardExtensionsSupport.class)
class FulfillmentCancelTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private ApiClient api;
    private String merchantId;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        merchantId = "m-cancel-" + System.nanoTime();
        key = app().newMerchant(merchantId);
    }

    @Test
    void cancelAnswers200WithTheFulfillmentCancelledAsTheStatusApiThenShowsIt() {
        String id = created("ord-cancel-1");

        ApiResponse cancelled = api.cancel(key, id + "-f1");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("id").asText()).isEqualTo(id + "-f1");
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        JsonNode order = api.getOrder(key, "ord-cancel-1").json();
        assertThat(order.path("fulfillments").get(0)).isEqualTo(cancelled.json());
        assertThat(order.path("fulfillments").get(1).path("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void aSecondCancelIs409E05() {
        String id = created("ord-cancel-2");
        assertThat(api.cancel(key, id + "-f2").status()).isEqualTo(200);

        ApiResponse again = api.cancel(key, id + "-f2");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("E05");
        assertThat(again.errorMessage()).contains(id + "-f2", "CANCELLED");
    }

    @Test
    void aFulfillmentAlreadySentToAGatewayIs409E05AndIsLeftAsItWas() {
        Order sent = SentOrder.pendingAtGateway(merchantId, "ord-sent-1");
        app().orders().insertNewOrder(sent, "fingerprint");

        ApiResponse response = api.cancel(key, sent.id().value() + "-f1");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("E05");
        assertThat(response.errorMessage()).contains("sent to a gateway");
        JsonNode fulfillment = api.getOrder(key, "ord-sent-1?expand=fulfillment").json().path("fulfillments").get(0);
        assertThat(fulfillment.path("status").asText()).isEqualTo("CREATED");
        assertThat(fulfillment.path("transactions")).hasSize(1);
    }

    @Test
    void anEmptyJsonObjectBodyIsAccepted() {
        String id = created("ord-cancel-3");

        ApiResponse response = api.send(api.request(ApiClient.cancelPath(id + "-f1"))
                .header("Authorization", ApiClient.basic(key)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aJsonObjectWithoutContentTypeIsAcceptedAndItsFieldsIgnored() {
        String id = created("ord-cancel-11");

        ApiResponse response = api.send(api.request(ApiClient.cancelPath(id + "-f1"))
                .header("Authorization", ApiClient.basic(key))
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"customer asked\"}")).build());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("customer asked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"cancel\"", "null"})
    void aBodyThatIsNotAJsonObjectIs400E01AndCancelsNothing(String body) {
        String id = created("ord-cancel-body");

        ApiResponse response = api.send(api.request(ApiClient.cancelPath(id + "-f1"))
                .header("Authorization", ApiClient.basic(key)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(api.cancel(key, id + "-f1").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIs400E01() {
        String id = created("ord-cancel-4");

        ApiResponse response = api.send(api.request(ApiClient.cancelPath(id + "-f1"))
                .header("Authorization", ApiClient.basic(key)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": ")).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith("request body is not valid JSON");
    }

    @Test
    void aBodyDeclaredAsAnotherTypeIs415E01() {
        String id = created("ord-cancel-5");

        ApiResponse response = api.send(api.request(ApiClient.cancelPath(id + "-f1"))
                .header("Authorization", ApiClient.basic(key)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("please cancel")).build());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.errorCode()).isEqualTo("E01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789abcd-f1", "not-a-fulfillment", "ord-cancel-6",
            "0123456789ABCDEF0123456789ABCD-f1", "0123456789abcdef0123456789abcd-f0",
            "0123456789abcdef0123456789abcd-f1-t1", "%20", "0123456789abcdef0123456789abcd-f12345",
            "0123456789abcdef0123456789abcd-f1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anUnknownOrMalformedIdIs404E09(String fulfillmentId) {
        created("ord-cancel-6");

        ApiResponse response = api.cancel(key, fulfillmentId);

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    @Test
    void aFulfillmentNumberTheOrderDoesNotHaveIs404E09() {
        String id = created("ord-cancel-7");

        ApiResponse response = api.cancel(key, id + "-f3");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    @Test
    void anotherMerchantsFulfillmentIs404E09AndIsNotCancelled() {
        String id = created("ord-cancel-8");
        String otherKey = app().newMerchant("m-cancel-other-" + System.nanoTime());

        ApiResponse response = api.cancel(otherKey, id + "-f1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
        assertThat(api.getOrder(key, "ord-cancel-8").json().at("/fulfillments/0/status").asText()).isEqualTo("CREATED");
    }

    @Test
    void noAuthorizationIs401E04AndCancelsNothing() {
        String id = created("ord-cancel-9");

        ApiResponse response = api.send(api.request(ApiClient.cancelPath(id + "-f1"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("E04");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"payout\"");
        assertThat(api.getOrder(key, "ord-cancel-9").json().at("/fulfillments/0/status").asText()).isEqualTo("CREATED");
    }

    @Test
    void anUnknownKeyIs401E02EvenForAMalformedId() {
        ApiResponse response = api.cancel("f".repeat(64), "not-a-fulfillment");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("E02");
    }

    @Test
    void aCancelIsLoggedOnceWithItsIds() {
        String id = created("ord-cancel-10");
        try (LogCapture log = LogCapture.of(FulfillmentResource.class)) {
            api.cancel(key, id + "-f1");
            api.cancel(key, id + "-f1");

            assertThat(log.lines()).singleElement().asString().contains(merchantId, id + "-f1").doesNotContain(key);
        }
    }

    private String created(String orderId) {
        ApiResponse response = api.createOrder(key, OrderJson.full(orderId).toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("id").asText();
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
