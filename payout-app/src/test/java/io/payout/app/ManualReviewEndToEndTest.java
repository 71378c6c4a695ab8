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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A DUMMY payout of 21.00 stays pending until the engine hands it to manual review; an operator resolves it as
 * paid through the admin task, the order succeeds, and its history shows who did it and why.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ManualReviewEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = "jdbc:h2:mem:review-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", URL));

    private static Persistence persistence;
    private final HttpClient admin = HttpClient.newHttpClient();

    @Test
    void operatorResolvesAStuckPayoutAsPaidAndTheHistoryShowsIt() throws Exception {
        HttpApi api = new HttpApi(APP.getLocalPort());
        String merchant = "mr-" + UUID.randomUUID().toString().substring(0, 8);
        String key = new CreateMerchantService(persistence().merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId(merchant)).apiKey();
        HttpResponse<String> created = api.post("/payout/merchant/v1/orders", key,
                OrderJson.fulfillOnly("ord-stuck", "21.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        JsonNode review = awaitStatus(api, key, "FULFILLMENTS_MANUAL_REVIEW");
        String txn = review.at("/fulfillments/0/transactions/0/id").asText();
        assertThat(review.at("/fulfillments/0/transactions/0/status").asText()).isEqualTo("MANUAL_REVIEW");

        assertThat(task("resolve-review", "merchant", merchant, "transaction", txn, "outcome", "MAYBE",
                "reason", "x", "operator", "asha")).startsWith("error: ").endsWith("nothing changed");
        assertThat(task("resolve-review", "merchant", merchant, "transaction", txn, "outcome", "SUCCESS",
                "reason", "bank confirmed UTR 4711", "operator", "asha"))
                .isEqualTo("transaction " + txn + " resolved as SUCCESS by asha; order is now FULFILLMENTS_SUCCESSFUL");

        JsonNode paid = order(api, key);
        assertThat(paid.get("status").asText()).isEqualTo("FULFILLMENTS_SUCCESSFUL");
        assertThat(paid.at("/fulfillments/0/transactions/0/status").asText()).isEqualTo("SUCCESS");
        assertThat(task("resolve-review", "merchant", merchant, "transaction", txn, "outcome", "FAILURE",
                "reason", "again", "operator", "asha")).startsWith("error: ").contains("not in manual review");

        String history = task("order-history", "merchant", merchant, "orderId", "ord-stuck");
        assertThat(history).contains("OPERATOR RESOLVE_REVIEW " + txn + " by asha: bank confirmed UTR 4711");
        assertThat(history.lines().toList()).last().asString().contains("STATUS ORDER ")
                .endsWith(" FULFILLMENTS_SUCCESSFUL");
        assertThat(history.indexOf("FULFILLMENTS_MANUAL_REVIEW")).isLessThan(history.indexOf("OPERATOR"));
    }

    private static Persistence persistence() {
        if (persistence == null) {
            persistence = Persistence.open(new io.payout.app.config.DatabaseSettings(URL, "sa", ""),
                    new com.codahale.metrics.MetricRegistry());
        }
        return persistence;
    }

    @AfterAll
    static void closePersistence() throws Exception {
        if (persistence != null) {
            persistence.close();
        }
    }

    private static JsonNode awaitStatus(HttpApi api, String key, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonNode order = order(api, key);
        while (!order.get("status").asText().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            order = order(api, key);
        }
        assertThat(order.get("status").asText()).as(order.toString()).isEqualTo(status);
        return order;
    }

    private static JsonNode order(HttpApi api, String key) throws Exception {
        return JSON.readTree(api.get("/payout/merchant/v1/orders/ord-stuck?expand=fulfillment", key).body());
    }

    private String task(String task, String... parameters) throws Exception {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? "?" : "&").append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + APP.getAdminPort() + "/tasks/" + task + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().trim();
    }
}
