package io.payout.adapters.rest.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.PendingCallback;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.domain.callback.CallbackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /payout/merchant/v1/orders/{orderId}/callbacks} and {@code POST /payout/merchant/v1/callbacks/{id}/redeliver}
 * on the real use cases; callbacks are written by real cancels through the real composer and renderer.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallbackResourceTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private ApiClient api;
    private String merchantId;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        merchantId = "m-callbacks-" + System.nanoTime();
        key = app().newMerchant(merchantId);
    }

    @Test
    void theDeliveryLogListsTheOrdersCallbacksBySequenceWithoutCredentials() {
        String id = created("ord-log-1");
        cancel(id + "-f1");

        ApiResponse response = api.callbacks(key, "ord-log-1");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode log = response.json();
        assertThat(log.path("orderId").asText()).isEqualTo("ord-log-1");
        JsonNode callback = log.path("callbacks").get(0);
        assertThat(names(callback)).containsExactly("id", "sequence", "label", "value", "entityId", "url", "status",
                "createdAt", "nextAttemptAt", "attempts");
        assertThat(callback.path("id").asText()).isEqualTo(id + "-c1");
        assertThat(callback.path("sequence").asLong()).isEqualTo(1);
        assertThat(callback.path("label").asText()).isEqualTo("FULFILLMENT_ORDER");
        assertThat(callback.path("value").asText()).isEqualTo("CANCELLED");
        assertThat(callback.path("entityId").asText()).isEqualTo(id + "-f1");
        assertThat(callback.path("url").asText()).isEqualTo("https://merchant.example/hooks");
        assertThat(callback.path("status").asText()).isEqualTo("PENDING");
        assertThat(callback.path("createdAt").asText()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(callback.path("nextAttemptAt").asText()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(callback.path("attempts")).isEmpty();
        assertThat(response.body()).doesNotContain(OrderJson.WEBHOOK_PASSWORD, "hook-user", "password");
    }

    @Test
    void everyCallbackOfTheOrderIsListedInSequence() {
        app().subscribe(merchantId, "https://merchant.example/all-callbacks");
        String id = created("ord-log-2");
        cancel(id + "-f2");
        cancel(id + "-f1");

        JsonNode callbacks = api.callbacks(key, "ord-log-2").json().path("callbacks");

        assertThat(callbacks.size()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < callbacks.size(); i++) {
            assertThat(callbacks.get(i).path("sequence").asLong()).isEqualTo(i + 1);
            assertThat(callbacks.get(i).path("id").asText()).isEqualTo(id + "-c" + (i + 1));
        }
        assertThat(callbacks.get(0).path("entityId").asText()).isEqualTo(id + "-f2");
        assertThat(callbacks.get(0).path("url").asText()).isEqualTo("https://merchant.example/all-callbacks");
        assertThat(callbacks.findValuesAsText("label")).contains("ORDER");
        assertThat(callbacks.get(callbacks.size() - 1).path("value").asText()).isEqualTo("FULFILLMENTS_CANCELLED");
    }

    @Test
    void attemptsAreShownWithTheirStatusOrErrorAndADeliveredCallbackHasItsTime() {
        String id = created("ord-log-3");
        cancel(id + "-f1");
        Instant at = Instant.parse("2024-01-15T10:05:00.600Z");
        PendingCallback claimed = claimOne(id);
        record(claimed, new DeliveryAttempt(at, Duration.ofMillis(1234), null, "timed out after 10000 ms"),
                CallbackStatus.PENDING, at.plusSeconds(60));
        record(claimed, new DeliveryAttempt(at.plusSeconds(61), Duration.ofMillis(87), 200, null),
                CallbackStatus.DELIVERED, null);

        JsonNode callback = api.callbacks(key, "ord-log-3").json().path("callbacks").get(0);

        assertThat(callback.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(callback.has("nextAttemptAt")).isFalse();
        assertThat(callback.path("deliveredAt").asText()).isEqualTo("2024-01-15T10:06:01Z");
        JsonNode attempts = callback.path("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(names(attempts.get(0))).containsExactly("at", "durationMs", "error");
        assertThat(attempts.get(0).path("at").asText()).isEqualTo("2024-01-15T10:05:00Z");
        assertThat(attempts.get(0).path("durationMs").asLong()).isEqualTo(1234);
        assertThat(attempts.get(0).path("error").asText()).isEqualTo("timed out after 10000 ms");
        assertThat(names(attempts.get(1))).containsExactly("at", "durationMs", "httpStatus");
        assertThat(attempts.get(1).path("httpStatus").asInt()).isEqualTo(200);
    }

    @Test
    void anOrderWithoutCallbacksHasAnEmptyLog() {
        created("ord-log-4");

        ApiResponse response = api.callbacks(key, "ord-log-4");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("callbacks")).isEmpty();
    }

    @Test
    void anUnknownOrderIs404E09() {
        ApiResponse response = api.callbacks(key, "ord-never-created");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    @Test
    void anotherMerchantsOrderIs404E09() {
        String id = created("ord-log-5");
        cancel(id + "-f1");
        String otherKey = app().newMerchant("m-other-" + System.nanoTime());

        ApiResponse response = api.callbacks(otherKey, "ord-log-5");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
        assertThat(response.body()).doesNotContain(id);
    }

    @Test
    void redeliveryAnswers202WithTheCallbackDueNowAndItsAttemptsKept() {
        String id = created("ord-redeliver-1");
        cancel(id + "-f1");
        Instant at = app().clock().instant();
        record(claimOne(id), new DeliveryAttempt(at, Duration.ofMillis(40), 500, null), CallbackStatus.FAILED, null);
        app().clock().advance(Duration.ofHours(2));
        int wakeUps = app().relayWakeUps();

        ApiResponse response = api.redeliver(key, id + "-c1");

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode callback = response.json();
        assertThat(callback.path("id").asText()).isEqualTo(id + "-c1");
        assertThat(callback.path("status").asText()).isEqualTo("PENDING");
        assertThat(callback.path("nextAttemptAt").asText()).isEqualTo("2024-01-15T12:00:00Z");
        assertThat(callback.path("attempts")).hasSize(1);
        assertThat(callback.path("attempts").get(0).path("httpStatus").asInt()).isEqualTo(500);
        assertThat(app().relayWakeUps()).isEqualTo(wakeUps + 1);
        assertThat(api.callbacks(key, "ord-redeliver-1").json().path("callbacks").get(0)).isEqualTo(callback);
    }

    @Test
    void redeliveringAnotherMerchantsCallbackIs404E09AndChangesNothing() {
        String id = created("ord-redeliver-2");
        cancel(id + "-f1");
        record(claimOne(id), new DeliveryAttempt(app().clock().instant(), Duration.ofMillis(40), 500, null),
                CallbackStatus.FAILED, null);
        String otherKey = app().newMerchant("m-other-" + System.nanoTime());

        ApiResponse response = api.redeliver(otherKey, id + "-c1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
        assertThat(api.callbacks(key, "ord-redeliver-2").json().path("callbacks").get(0).path("status").asText())
                .isEqualTo("FAILED");
    }

    @Test
    void redeliveringAnUnknownCallbackIs404E09() {
        ApiResponse response = api.redeliver(key, "0123456789abcdef0123456789abcd-c9");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    @Test
    void aMalformedCallbackIdIs404E09WithoutAskingTheUseCase() {
        int calls = app().redeliverCalls();
        for (String malformed : List.of("nonsense", "0123456789abcdef0123456789abcd", "0123456789ABCDEF0123456789ABCD-c1",
                "0123456789abcdef0123456789abcd-f1", "0123456789abcdef0123456789abcd-c", "0123456789abcdef0123456789abcd-c1x")) {
            ApiResponse response = api.redeliver(key, malformed);

            assertThat(response.status()).as(malformed).isEqualTo(404);
            assertThat(response.errorCode()).as(malformed).isEqualTo("E09");
        }
        assertThat(app().redeliverCalls()).isEqualTo(calls);
    }

    @Test
    void bothEndpointsNeedTheApiKey() {
        created("ord-auth-cb");
        ApiResponse log = api.send(api.request(ApiClient.ORDERS + "/ord-auth-cb/callbacks").GET().build());
        ApiResponse redeliver = api.send(api.request(ApiClient.CALLBACKS + "/0123456789abcdef0123456789abcd-c1/redeliver")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        ApiResponse wrongKey = api.callbacks("f".repeat(64), "ord-auth-cb");

        assertThat(log.status()).isEqualTo(401);
        assertThat(log.errorCode()).isEqualTo("E04");
        assertThat(redeliver.status()).isEqualTo(401);
        assertThat(redeliver.errorCode()).isEqualTo("E04");
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.errorCode()).isEqualTo("E02");
    }

    @Test
    void theOrderStatusRouteStillAnswersBesideTheCallbacksRoute() {
        created("ord-routes-1");

        assertThat(api.getOrder(key, "ord-routes-1").status()).isEqualTo(200);
        assertThat(api.callbacks(key, "ord-routes-1").status()).isEqualTo(200);
    }

    private String created(String orderId) {
        ApiResponse response = api.createOrder(key, OrderJson.full(orderId).toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("id").asText();
    }

    private void cancel(String fulfillmentId) {
        ApiResponse response = api.cancel(key, fulfillmentId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Claims the order's first callback, as the relay would before posting it. */
    private PendingCallback claimOne(String orderId) {
        Instant now = app().clock().instant();
        return outbox().claimDue(now, now.plusSeconds(30), 100, Set.of()).stream()
                .filter(c -> c.orderId().value().equals(orderId)).findFirst().orElseThrow();
    }

    private void record(PendingCallback callback, DeliveryAttempt attempt, CallbackStatus status, Instant next) {
        outbox().record(List.of(new DeliveryOutcome(callback.id(), attempt, status, next, 1)));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static InMemoryOrderStore outbox() {
        return app().orders().store();
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
