package io.payout.adapters.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.ScriptedCollectionProvider;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.collection.Payment;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Collection providers' payment webhooks: no API key, the provider's own Basic credentials; a verified one makes the
 * payments it names due for a status check at once, anything else changes nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CollectionWebhookTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String EXPRESS_CHECKOUT = "/payout/webhooks/express-checkout";
    private static final String GENERIC = "/payout/webhooks/collections/";
    private static ApiClient api;
    private static TestPayoutApplication app;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        app = APP.getApplication();
        key = app.newMerchant("m-webhooks");
    }

    @Test
    void aVerifiedWebhookAnswers200WithHowManyOpenPaymentsItNamedAndMakesThemDueNow() {
        String providerOrderId = newPayment("ord-hook-1");
        int wakeUps = app.collectionPumpWakeUps();

        ApiResponse response = post(EXPRESS_CHECKOUT, ScriptedCollectionProvider.basicAuth(), succeeded(providerOrderId));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(OrderJson.parse("{\"status\": \"OK\", \"matched\": 1}"));
        assertThat(dueNow()).contains(providerOrderId);
        assertThat(app.collectionPumpWakeUps()).isEqualTo(wakeUps + 1);
    }

    @Test
    void aDuplicateWebhookIsHarmless() {
        String providerOrderId = newPayment("ord-hook-2");
        post(EXPRESS_CHECKOUT, ScriptedCollectionProvider.basicAuth(), succeeded(providerOrderId));

        ApiResponse again = post(EXPRESS_CHECKOUT, ScriptedCollectionProvider.basicAuth(), succeeded(providerOrderId));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("matched").asInt()).isEqualTo(1);
    }

    @Test
    void aWebhookForAnOrderWeDoNotHaveMatchesNothing() {
        ApiResponse response = post(EXPRESS_CHECKOUT, ScriptedCollectionProvider.basicAuth(), succeeded("PUnknown42"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(OrderJson.parse("{\"status\": \"OK\", \"matched\": 0}"));
    }

    @Test
    void theGenericPathReachesTheNamedProvider() {
        String providerOrderId = newPayment("ord-hook-3");

        ApiResponse response = post(GENERIC + "EXPRESS_CHECKOUT", ScriptedCollectionProvider.basicAuth(),
                succeeded(providerOrderId));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("matched").asInt()).isEqualTo(1);
    }

    @Test
    void wrongOrMissingCredentialsAre401E07AndChangeNothing() {
        String providerOrderId = newPayment("ord-hook-4");
        Payment before = payment("ord-hook-4");
        int wakeUps = app.collectionPumpWakeUps();
        String wrong = "Basic " + Base64.getEncoder().encodeToString((ScriptedCollectionProvider.WEBHOOK_USERNAME
                + ":guess").getBytes(StandardCharsets.UTF_8));

        ApiResponse wrongPassword = post(EXPRESS_CHECKOUT, wrong, succeeded(providerOrderId));
        ApiResponse none = post(EXPRESS_CHECKOUT, null, succeeded(providerOrderId));
        ApiResponse merchantKey = post(EXPRESS_CHECKOUT, ApiClient.basic(key), succeeded(providerOrderId));

        for (ApiResponse response : List.of(wrongPassword, none, merchantKey)) {
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.errorCode()).isEqualTo("E07");
            assertThat(response.json().path("error").asBoolean()).isTrue();
        }
        assertThat(payment("ord-hook-4")).isEqualTo(before);
        assertThat(dueNow()).doesNotContain(providerOrderId);
        assertThat(app.collectionPumpWakeUps()).isEqualTo(wakeUps);
    }

    @Test
    void anUnknownProviderIs404() {
        for (String provider : List.of("STRIPE", "express-checkout", "x".repeat(41))) {
            ApiResponse response = post(GENERIC + provider, ScriptedCollectionProvider.basicAuth(), succeeded("P1"));

            assertThat(response.status()).as(provider + ": " + response.body()).isEqualTo(404);
            assertThat(response.errorCode()).isEqualTo("E09");
        }
    }

    @Test
    void aBodyOverTheLimitIs413E01() {
        byte[] body = new byte[(int) TestPayoutApplication.MAX_REQUEST_BYTES + 16 * 1024];
        Arrays.fill(body, (byte) ' ');

        ApiResponse response = api.send(api.request(EXPRESS_CHECKOUT)
                .header("Authorization", ScriptedCollectionProvider.basicAuth())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("E01");
    }

    @Test
    void theProviderGetsTheRawBodyAndHeadersNamedInLowerCase() {
        String providerOrderId = newPayment("ord-hook-5");

        ApiResponse response = api.send(api.request(EXPRESS_CHECKOUT)
                .header("Authorization", ScriptedCollectionProvider.basicAuth())
                .header("X-Juspay-Event", "ORDER_SUCCEEDED")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(succeeded(providerOrderId))).build());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var headers = app.collectionProvider().lastWebhookHeaders();
        assertThat(headers).containsEntry("x-juspay-event", List.of("ORDER_SUCCEEDED"));
        assertThat(headers.get("X-Juspay-Event")).containsExactly("ORDER_SUCCEEDED");
        assertThat(headers.keySet()).allSatisfy(name -> assertThat(name).isLowerCase());
    }

    private String newPayment(String orderId) {
        ApiResponse created = api.createOrder(key, OrderJson.payAndFulfill(orderId).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().at("/payments/0/id").asText();
    }

    private Payment payment(String orderId) {
        var order = app.orders().findOrder(new MerchantId("m-webhooks"), new MerchantOrderId(orderId)).orElseThrow();
        return app.orders().store().findPayment(order.merchantId(), order.id()).orElseThrow();
    }

    /** The provider order ids of the payments due now (claiming them, as the pump would). */
    private static List<String> dueNow() {
        var now = app.clock().instant();
        return app.orders().store().claimDuePayments(now, now.plus(Duration.ofMinutes(1)), 1000).stream()
                .map(Payment::providerOrderId).toList();
    }

    private static String succeeded(String providerOrderId) {
        return """
                {"id": "evt_1", "date_created": "2024-01-15T10:01:00Z", "event_name": "ORDER_SUCCEEDED",
                 "content": {"order": {"order_id": "%s", "status": "CHARGED", "amount": 10.5}}}
                """.formatted(providerOrderId);
    }

    private static ApiResponse post(String path, String authorization, String body) {
        HttpRequest.Builder request = api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }
}
