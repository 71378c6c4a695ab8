package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.domain.MerchantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.payout.adapters.persistence.JdbiOperatorLogRepository;
import io.payout.adapters.persistence.JdbiSetup;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.OperatorNote;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator pauses DUMMY_IMPS through the admin task: orders preferring it wait, and are paid once resumed. Pauses
 * are saved with their line in the operator log, and one saved by another instance reaches this one.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RoutingControlsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = "jdbc:h2:mem:routing-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", URL));

    private final HttpClient admin = HttpClient.newHttpClient();

    @Test
    void orderPreferringAPausedMethodWaitsWithoutTransactionsAndIsPaidOnceItIsResumed() throws Exception {
        assertThat(task("pause-method", "NOPE_IMPS")).startsWith("error: 'NOPE_IMPS' is not a running method");
        assertThat(task("pause-method", "DUMMY_IMPS", "")).as("no operator, no reason")
                .isEqualTo("error: give name, operator and reason: parameter operator must be given once; nothing "
                        + "changed");
        assertThat(task("pause-gateway", "DUMMY_IMPS")).startsWith("error: 'DUMMY_IMPS' is not a running gateway");
        assertThat(pauses().pausedNames()).isEmpty();
        assertThat(task("pause-method", "DUMMY_IMPS")).isEqualTo("method DUMMY_IMPS paused on every instance");
        assertThat(task("pause-method", "DUMMY_IMPS")).isEqualTo("method DUMMY_IMPS was already paused; nothing changed");
        assertThat(health()).contains("paused=[DUMMY_IMPS]");
        assertThat(pauses().pausedNames()).as("saved for every instance and restarts").containsExactly("DUMMY_IMPS");

        HttpApi api = new HttpApi(APP.getLocalPort());
        String key = new CreateMerchantService(persistence().merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId("r-" + UUID.randomUUID().toString().substring(0, 8))).apiKey();
        HttpResponse<String> created = api.post("/payout/merchant/v1/orders", key,
                OrderJson.fulfillOnly("ord-paused", "10.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        Thread.sleep(2_000); // ten engine rounds, and the fulfillment's recheck several times over
        JsonNode waiting = order(api, key);
        assertThat(waiting.at("/fulfillments/0/status").asText()).isEqualTo("CREATED");
        assertThat(waiting.at("/fulfillments/0/transactions").size()).isZero();

        assertThat(task("resume-method", "DUMMY_IMPS")).isEqualTo("method DUMMY_IMPS resumed on every instance");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode paid = order(api, key);
        while (!paid.get("status").asText().equals("FULFILLMENTS_SUCCESSFUL") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            paid = order(api, key);
        }
        assertThat(paid.get("status").asText()).as(paid.toString()).isEqualTo("FULFILLMENTS_SUCCESSFUL");
        assertThat(paid.at("/fulfillments/0/transactions/0/fulfillmentMethod").asText()).isEqualTo("DUMMY_IMPS");
    }

    @Test
    void aPauseSavedByAnotherInstanceIsObeyedHereAndShownInTheOperatorLog() throws Exception {
        Instant at = PayoutApplication.CLOCK.instant();
        OperatorNote note = new OperatorNote("bo", "NEFT batch window closed");
        assertThat(pauses().savePause("DUMMY_NEFT", true,
                new OperatorLogEntry(OperatorLogEntry.PAUSE, "DUMMY_NEFT", null, note, "method", at))).isTrue();
        awaitHealth("paused=[DUMMY_NEFT]", true);
        assertThat(task("operator-log", null, "from=" + at.minusSeconds(1) + "&to=" + at.plusSeconds(1)))
                .contains(at + " PAUSE DUMMY_NEFT by bo: NEFT batch window closed (method)");

        assertThat(pauses().savePause("DUMMY_NEFT", false,
                new OperatorLogEntry(OperatorLogEntry.RESUME, "DUMMY_NEFT", null, note, "method", at))).isTrue();
        awaitHealth("paused=[]", true);
    }

    private void awaitHealth(String text, boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (health().contains(text) != present && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(health().contains(text)).as(health()).isEqualTo(present);
    }

    private static JdbiOperatorLogRepository pauses() {
        return new JdbiOperatorLogRepository(JdbiSetup.create(persistence().dataSource()));
    }

    private static Persistence persistence;

    private static Persistence persistence() {
        if (persistence == null) {
            persistence = Persistence.open(new io.payout.app.config.DatabaseSettings(URL, "sa", ""),
                    new com.codahale.metrics.MetricRegistry());
        }
        return persistence;
    }

    @org.junit.jupiter.api.AfterAll
    static void closePersistence() throws Exception {
        if (persistence != null) {
            persistence.close();
        }
    }

    private static JsonNode order(HttpApi api, String key) throws Exception {
        return JSON.readTree(api.get("/payout/merchant/v1/orders/ord-paused?expand=fulfillment", key).body());
    }

    private String health() throws Exception {
        return admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String task(String task, String name) throws Exception {
        return task(task, name, "&operator=asha&reason=IMPS%20outage%20at%20the%20bank");
    }

    private String task(String task, String name, String more) throws Exception {
        String query = name == null ? more : "name=" + name + more;
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + APP.getAdminPort() + "/tasks/" + task + "?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().trim();
    }
}
