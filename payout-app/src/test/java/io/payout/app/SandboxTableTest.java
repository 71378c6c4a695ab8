package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.config.DatabaseSettings;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Juspay's sandbox table, end to end: orders created over HTTP, paid by the engine through the DUMMY gateway with
 * 16% of its answers lost at random, each reaching the outcome the table promises.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SandboxTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = "jdbc:h2:mem:sandbox-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", URL));
    private static Persistence sideDoor;
    private static String key;

    private record Row(String orderId, String amount, String method, String orderStatus, String fulfillmentStatus,
                       String lastTransactionStatus) {
    }

    @BeforeAll
    static void merchant() {
        sideDoor = Persistence.open(new DatabaseSettings(URL, "sa", ""), new MetricRegistry());
        key = new CreateMerchantService(sideDoor.merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId("sandbox")).apiKey();
    }

    @AfterAll
    static void close() throws Exception {
        sideDoor.close();
    }

    @Test
    void everyRowOfTheSandboxTableSettlesAsPromised() throws Exception {
        List<Row> rows = List.of(
                new Row("upi-5", "5.00", "DUMMY_UPI", "FULFILLMENTS_SUCCESSFUL", "SUCCESS", "SUCCESS"),
                new Row("upi-6", "6.00", "DUMMY_UPI", "FULFILLMENTS_FAILURE", "FAILURE", "FAILURE"),
                new Row("imps-10", "10.00", "DUMMY_IMPS", "FULFILLMENTS_SUCCESSFUL", "SUCCESS", "SUCCESS"),
                new Row("imps-15", "15.00", "DUMMY_IMPS", "FULFILLMENTS_FAILURE", "FAILURE", "FAILURE"),
                new Row("neft-20", "20.00", "DUMMY_NEFT", "FULFILLMENTS_SUCCESSFUL", "SUCCESS", "SUCCESS"),
                new Row("pending-21", "21.00", "DUMMY_IMPS", "FULFILLMENTS_MANUAL_REVIEW", "MANUAL_REVIEW", "MANUAL_REVIEW"),
                new Row("pending-22", "22.00", "DUMMY_NEFT", "FULFILLMENTS_MANUAL_REVIEW", "MANUAL_REVIEW", "MANUAL_REVIEW"),
                new Row("notfound-23", "23.00", "DUMMY_IMPS", "FULFILLMENTS_SUCCESSFUL", "SUCCESS", "SUCCESS"),
                new Row("notfound-24", "24.00", "DUMMY_NEFT", "FULFILLMENTS_SUCCESSFUL", "SUCCESS", "SUCCESS"),
                new Row("late-fail-28", "28.00", "DUMMY_IMPS", "FULFILLMENTS_FAILURE", "FAILURE", "FAILURE"),
                new Row("reversal-98", "98.00", "DUMMY_IMPS", "FULFILLMENTS_FAILURE", "FAILURE", "REVERSED"));
        HttpApi api = new HttpApi(APP.getLocalPort());
        for (Row row : rows) {
            String body = OrderJson.fulfillOnly(row.orderId(), row.amount()).replace("DUMMY_IMPS", row.method());
            if (row.method().endsWith("UPI")) {
                body = body.replace("\"type\": \"ACCOUNT_IFSC\"", "\"type\": \"UPI_ID\"")
                        .replace("\"account\": \"026291800001191\", \"ifsc\": \"YESB0000262\"", "\"vpa\": \"success@upi\"");
            }
            var created = api.post("/payout/merchant/v1/orders", key, body);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> unsettled = new ArrayList<>(rows.stream().map(Row::orderId).toList());
        while (!unsettled.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            for (Row row : rows) {
                JsonNode order = status(api, row.orderId());
                if (settled(order, row)) {
                    unsettled.remove(row.orderId());
                }
            }
        }
        for (Row row : rows) {
            JsonNode order = status(api, row.orderId());
            JsonNode fulfillment = order.at("/fulfillments/0");
            JsonNode transactions = fulfillment.get("transactions");
            assertThat(order.get("status").asText()).as(row.orderId() + ": " + order).isEqualTo(row.orderStatus());
            assertThat(fulfillment.get("status").asText()).as(row.orderId()).isEqualTo(row.fulfillmentStatus());
            assertThat(transactions.get(transactions.size() - 1).get("status").asText()).as(row.orderId())
                    .isEqualTo(row.lastTransactionStatus());
            assertThat(transactions.size()).as(row.orderId() + ": one method, one attempt").isEqualTo(1);
            assertThat(transactions.get(0).get("fulfillmentMethod").asText()).isEqualTo(row.method());
        }
    }

    private static boolean settled(JsonNode order, Row row) {
        JsonNode transactions = order.at("/fulfillments/0/transactions");
        return order.get("status").asText().equals(row.orderStatus()) && transactions.size() > 0
                && transactions.get(transactions.size() - 1).get("status").asText().equals(row.lastTransactionStatus());
    }

    private static JsonNode status(HttpApi api, String orderId) throws Exception {
        return JSON.readTree(api.get("/payout/merchant/v1/orders/" + orderId + "?expand=fulfillment", key).body());
    }
}
