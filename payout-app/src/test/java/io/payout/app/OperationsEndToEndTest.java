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
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations pieces on the running application with DUMMY (answers never lost here, balances asked at every
 * request): retry-now of a failed payout and of one waiting out its backoff, the order's history in the merchant
 * API, the balance API going down as DUMMY pays, and the outage API following an operator's pause.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OperationsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final String URL = "jdbc:h2:mem:operations-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", URL),
            ConfigOverride.config("gateways.configured[0].settings.timeout-share", "0"),
            ConfigOverride.config("gateways.balanceRefresh", "0s"));

    private static Persistence persistence;
    private final HttpClient admin = HttpClient.newHttpClient();
    private HttpApi api;
    private String merchant;
    private String key;

    @BeforeEach
    void merchant() {
        api = new HttpApi(APP.getLocalPort());
        merchant = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        key = new CreateMerchantService(persistence().merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId(merchant)).apiKey();
    }

    @Test
    void aFailedPayoutRetriedNowIsAttemptedAgainAsItsSecondTransactionAndTheHistoryShowsIt() throws Exception {
        create(order("ord-retry", "30.00", "[\"DUMMY_IMPS\"]", "\"isRetriable\": false", null));
        JsonNode failed = awaitOrder("ord-retry", o -> o.path("status").asText().equals("FULFILLMENTS_FAILURE"));
        String fulfillment = failed.at("/fulfillments/0/id").asText();
        assertThat(failed.at("/fulfillments/0/transactions")).hasSize(1);

        assertThat(task("retry-fulfillment", "merchant", merchant, "fulfillment", fulfillment, "operator", "asha"))
                .startsWith("error: give merchant, fulfillment, reason and operator").endsWith("nothing changed");
        assertThat(retryNow(fulfillment, "bank fixed its IMPS link")).isEqualTo("fulfillment " + fulfillment
                + ": a fresh attempt on DUMMY_IMPS is due now (retried by asha); order is now FULFILLMENTS_SCHEDULED");

        JsonNode again = awaitOrder("ord-retry", o -> o.at("/fulfillments/0/transactions").size() == 2
                && o.path("status").asText().equals("FULFILLMENTS_FAILURE"));
        JsonNode second = again.at("/fulfillments/0/transactions/1");
        assertThat(second.path("id").asText()).isEqualTo(fulfillment + "-t2");
        assertThat(second.path("fulfillmentMethod").asText()).isEqualTo("DUMMY_IMPS");
        assertThat(second.path("status").asText()).isEqualTo("FAILURE");
        assertThat(again.at("/fulfillments/0/status").asText()).isEqualTo("FAILURE");

        HttpResponse<String> history = api.get("/payout/merchant/v1/orders/ord-retry/history", key);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        JSON.readTree(history.body()).path("entries").forEach(e -> lines.add(e.path("kind").asText() + " "
                + e.path("label").asText() + " " + e.path("value").asText() + " " + e.path("reason").asText("")));
        int retried = lines.indexOf("OPERATOR_ACTION FULFILLMENT_ORDER RETRY_FULFILLMENT bank fixed its IMPS link");
        assertThat(retried).as(String.join("\n", lines)).isPositive();
        assertThat(lines.subList(0, retried)).contains("STATUS_CHANGE ORDER FULFILLMENTS_FAILURE ");
        assertThat(lines.subList(retried, lines.size())).contains("STATUS_CHANGE ORDER FULFILLMENTS_SCHEDULED ",
                "STATUS_CHANGE FULFILLMENT_TXN FAILURE ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("STATUS_CHANGE ORDER FULFILLMENTS_FAILURE ");
        assertThat(history.body()).doesNotContain("asha");
        assertThat(task("order-history", "merchant", merchant, "orderId", "ord-retry"))
                .contains("OPERATOR RETRY_FULFILLMENT " + fulfillment + " by asha: bank fixed its IMPS link");
    }

    @Test
    void aRetryWaitingOutItsBackoffIsMadeDueNowAndPaysOnTheNextMethod() throws Exception {
        String policy = "{\"maxAttempts\": 2, \"defaultAction\": \"NEXT_METHOD\", \"backoff\": "
                + "{\"initialDelaySeconds\": 3600, \"multiplier\": 1, \"maxDelaySeconds\": 3600}}";
        create(order("ord-backoff", "15.00", "[\"DUMMY_IMPS\", \"DUMMY_NEFT\"]", null, policy));
        JsonNode waiting = awaitOrder("ord-backoff", o -> o.at("/fulfillments/0/transactions/0/status").asText()
                .equals("FAILURE"));
        String fulfillment = waiting.at("/fulfillments/0/id").asText();
        assertThat(waiting.at("/fulfillments/0/status").asText()).isEqualTo("PENDING");

        assertThat(retryNow(fulfillment, "no need to wait an hour")).isEqualTo("fulfillment " + fulfillment
                + ": its planned retry on DUMMY_NEFT is due now (retried by asha); order is now FULFILLMENTS_SCHEDULED");

        JsonNode paid = awaitOrder("ord-backoff", o -> o.path("status").asText().equals("FULFILLMENTS_SUCCESSFUL"));
        assertThat(paid.at("/fulfillments/0/transactions/1/id").asText()).isEqualTo(fulfillment + "-t2");
        assertThat(paid.at("/fulfillments/0/transactions/1/fulfillmentMethod").asText()).isEqualTo("DUMMY_NEFT");
        assertThat(retryNow(fulfillment, "again")).startsWith("error: fulfillment " + fulfillment + " is SUCCESS")
                .endsWith("nothing changed");
    }

    @Test
    void dummysBalanceIsShownByMethodAndGoesDownByWhatItPays() throws Exception {
        JsonNode before = balances("/payout/merchant/v1/getways/balance");
        assertThat(before.fieldNames()).toIterable().contains("DUMMY_IMPS", "DUMMY_NEFT", "DUMMY_UPI");
        assertThat(before.at("/DUMMY_IMPS/balance").isTextual()).isTrue();
        assertThat(before.at("/DUMMY_IMPS/lastUpdated").asText()).endsWith("Z");
        BigDecimal opening = new BigDecimal(before.at("/DUMMY_IMPS/balance").asText());

        create(order("ord-balance", "10.00", "[\"DUMMY_IMPS\"]", null, null));
        awaitOrder("ord-balance", o -> o.path("status").asText().equals("FULFILLMENTS_SUCCESSFUL"));

        JsonNode after = balances("/payout/merchant/v1/balances");
        assertThat(after.at("/DUMMY_IMPS/balance").asText()).isEqualTo(opening.subtract(BigDecimal.TEN).toPlainString());
        assertThat(after.at("/DUMMY_UPI/balance").asText()).isEqualTo(after.at("/DUMMY_IMPS/balance").asText());
    }

    @Test
    void aMethodAnOperatorPausesIsDownInTheOutageApiUntilResumed() throws Exception {
        assertThat(outage().path("gatewaySpecificData")).isEmpty();
        assertThat(outage().path("beneficiarySpecificData")).isEmpty();

        assertThat(task("pause-method", "name", "DUMMY_UPI", "operator", "asha", "reason", "UPI outage at the bank"))
                .isEqualTo("method DUMMY_UPI paused on every instance");
        try {
            JsonNode gateways = outage().path("gatewaySpecificData");
            assertThat(gateways).hasSize(1);
            assertThat(gateways.get(0).toString()).isEqualTo("{\"status\":\"DOWN\",\"mode\":\"UPI\",\"gateway\":\"DUMMY\"}");
        } finally {
            assertThat(task("resume-method", "name", "DUMMY_UPI", "operator", "asha", "reason", "bank is back"))
                    .isEqualTo("method DUMMY_UPI resumed on every instance");
        }
        assertThat(outage().path("gatewaySpecificData")).isEmpty();
    }

    private static String order(String orderId, String amount, String methods, String info, String policy) {
        return """
                {"orderId": "%s", "amount": %s, "customerId": "cust-1", "type": "FULFILL_ONLY",%s
                 "fulfillments": [{
                   "amount": %s, "preferredMethodList": %s,
                   "beneficiaryDetails": {"type": "ACCOUNT_IFSC",
                     "details": {"name": "Asha Rao", "account": "026291800001191", "ifsc": "YESB0000262"}},
                   "additionalInfo": {%s}
                 }]}
                """.formatted(orderId, amount, policy == null ? "" : " \"retryAttemptPolicy\": " + policy + ",",
                amount, methods, info == null ? "" : info);
    }

    private void create(String body) {
        HttpResponse<String> created = api.post("/payout/merchant/v1/orders", key, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    /**
     * Retries as an operator would: again when the engine happens to hold the order (it watches a settled payout,
     * looking at it every second), which the task refuses, changing nothing.
     */
    private String retryNow(String fulfillment, String reason) throws Exception {
        return Eventually.await("retried", PATIENCE, () -> task("retry-fulfillment", "merchant", merchant,
                "fulfillment", fulfillment, "reason", reason, "operator", "asha"),
                answer -> !answer.contains("being worked on by the engine"));
    }

    private JsonNode awaitOrder(String orderId, java.util.function.Predicate<JsonNode> done) throws Exception {
        return Eventually.await("order " + orderId + " as awaited", PATIENCE, () -> JSON.readTree(api.get(
                "/payout/merchant/v1/orders/" + orderId + "?expand=fulfillment", key).body()), done);
    }

    private JsonNode balances(String path) throws Exception {
        HttpResponse<String> response = api.get(path, key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode outage() throws Exception {
        HttpResponse<String> response = api.get("/payout/merchant/v1/outage", key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
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
}
