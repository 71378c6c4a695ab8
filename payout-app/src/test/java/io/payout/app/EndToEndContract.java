package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.config.DatabaseSettings;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.merchant.RotateApiKeyService;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole application, started for real, spoken to over HTTP; run once per database. */
@ExtendWith(DropwizardExtensionsSupport.class)
abstract class EndToEndContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Persistence sideDoor;
    private HttpApi api;
    private String key;
    private String merchant;

    abstract DropwizardAppExtension<PayoutConfiguration> app();

    abstract String databaseUrl();

    /** A second pool on the same database, as another process (a command, an operator) would have. */
    Persistence sideDoor() {
        if (sideDoor == null) {
            sideDoor = Persistence.open(new DatabaseSettings(databaseUrl(), user(), ""), new MetricRegistry());
        }
        return sideDoor;
    }

    String user() {
        return "sa";
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        if (sideDoor != null) {
            sideDoor.close();
            sideDoor = null;
        }
    }

    @BeforeEach
    void newMerchant() {
        api = new HttpApi(app().getLocalPort());
        merchant = "m-" + UUID.randomUUID().toString().substring(0, 8);
        key = new CreateMerchantService(sideDoor().merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId(merchant)).apiKey();
    }

    @Test
    void acceptedOrderIsStoredBeforeTheResponseAndReadableByStatus() throws Exception {
        HttpResponse<String> created = api.post("/payout/merchant/v1/orders", key, OrderJson.fulfillOnly("ord-1001", "10.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode order = JSON.readTree(created.body());
        assertThat(order.get("status").asText()).isEqualTo("READY_FOR_FULFILLMENT");
        assertThat(order.get("id").asText()).matches("[0-9a-f]{30}");
        assertThat(order.at("/fulfillments/0/id").asText()).isEqualTo(order.get("id").asText() + "-f1");
        assertThat(order.at("/fulfillments/0/status").asText()).isEqualTo("CREATED");
        assertThat(created.body()).doesNotContain("secret-pw");

        var stored = sideDoor().orders().findOrder(new MerchantId(merchant), new MerchantOrderId("ord-1001"));
        assertThat(stored).hasValueSatisfying(o -> assertThat(o.id().value()).isEqualTo(order.get("id").asText()));

        JsonNode status = JSON.readTree(api.get("/payout/merchant/v1/orders/ord-1001?expand=fulfillment", key).body());
        assertThat(status.get("id")).isEqualTo(order.get("id"));
        assertThat(status.at("/fulfillments/0/transactions").isArray()).isTrue();
        JsonNode plain = JSON.readTree(api.get("/payout/merchant/v1/orders/ord-1001", key).body());
        assertThat(plain.at("/fulfillments/0").has("transactions")).isFalse();
    }

    @Test
    void twentyConcurrentIdenticalCreatesMakeOneOrderAndNoServerError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> api.post("/payout/merchant/v1/orders", key, OrderJson.fulfillOnly("race-1", "5.00"))));
        }
        Set<String> ids = ConcurrentHashMap.newKeySet();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            ids.add(JSON.readTree(response.body()).get("id").asText());
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
    }

    @Test
    void reusedOrderIdWithAnotherBodyIsAConflict() throws Exception {
        assertThat(api.post("/payout/merchant/v1/orders", key, OrderJson.fulfillOnly("ord-2", "6.00")).statusCode()).isEqualTo(200);
        HttpResponse<String> again = api.post("/payout/merchant/v1/orders", key, OrderJson.fulfillOnly("ord-2", "7.00"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("errorCode").asText()).isEqualTo("E05");
    }

    @Test
    void anotherMerchantCannotSeeTheOrder() throws Exception {
        api.post("/payout/merchant/v1/orders", key, OrderJson.fulfillOnly("ord-3", "6.00"));
        String otherKey = new CreateMerchantService(sideDoor().merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId("o-" + UUID.randomUUID().toString().substring(0, 8))).apiKey();
        HttpResponse<String> response = api.get("/payout/merchant/v1/orders/ord-3", otherKey);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E09");
    }

    @Test
    void invalidOrderIsRefusedInTheEnvelopeAndNothingIsWritten() throws Exception {
        HttpResponse<String> response = api.post("/payout/merchant/v1/orders", key,
                OrderJson.fulfillOnly("ord-4", "10.00").replace("YESB0000262", "YESB1000262"));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asBoolean()).isTrue();
        assertThat(error.get("errorCode").asText()).isEqualTo("E01");
        assertThat(error.get("errorMessage").asText()).contains("ifsc");
        assertThat(sideDoor().orders().findOrder(new MerchantId(merchant), new MerchantOrderId("ord-4"))).isEmpty();
    }

    @Test
    void keyRotatedWhileServingWorksAtOnceAndTheOldKeyStillWorks() throws Exception {
        String newKey = new RotateApiKeyService(sideDoor().merchants(), Duration.ofHours(1), PayoutApplication.CLOCK)
                .rotateApiKey(new MerchantId(merchant)).apiKey();
        assertThat(api.post("/payout/merchant/v1/orders", newKey, OrderJson.fulfillOnly("ord-5", "3.00")).statusCode()).isEqualTo(200);
        assertThat(api.get("/payout/merchant/v1/orders/ord-5", key).statusCode()).isEqualTo(200);
        assertThat(api.get("/payout/merchant/v1/orders/ord-5", "0".repeat(64)).statusCode()).isEqualTo(401);
    }

    @Test
    void aGatewayWebhookThatIsNotSignedIsRefusedAndAnUnknownGatewayIsNotFound() throws Exception {
        HttpResponse<String> unsigned = api.post("/payout/gateways/DUMMY/webhooks", null, "{\"event\":\"payout.processed\"}");
        assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(401);
        assertThat(JSON.readTree(unsigned.body()).get("errorCode").asText()).isEqualTo("E07");
        HttpResponse<String> unknown = api.post("/payout/gateways/NOPE/webhooks", null, "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("errorCode").asText()).isEqualTo("E09");
    }

    @Test
    void unknownPathAnswersInTheEnvelope() throws Exception {
        HttpResponse<String> response = api.get("/payout/merchant/v1/nothing-here", key);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E09");
    }

    @Test
    void healthChecksSayTheDatabaseIsMigratedTheSchedulersRunAndWhichGatewaysServe() throws Exception {
        HttpResponse<String> response = new HttpApi(app().getAdminPort()).get("/healthcheck", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/database/healthy").asBoolean()).isTrue();
        assertThat(JSON.readTree(response.body()).at("/scheduler/healthy").asBoolean()).isTrue();
        assertThat(JSON.readTree(response.body()).at("/gateways/message").asText()).contains("DUMMY_IMPS");
    }
}
