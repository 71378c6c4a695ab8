package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.openapi.Conformance;
import io.payout.app.openapi.OpenApiDescription;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.domain.MerchantId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admission control in the whole application on H2, on its real clock and its real sampling loop: with the engine
 * off, an accepted order waits, and once it has waited over {@code admission.maxEngineLag} (2 s) new creates get 429
 * E10 with {@code Retry-After} while status reads, the order list, a repeat of the accepted create and the admin port
 * are served; the refusal is as openapi.yaml describes it, and the refusals show in the scrape. Cancelling the waiting order empties the backlog, and the refused
 * create, sent again with the same orderId, is accepted.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdmissionEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDERS = "/payout/merchant/v1/orders";
    private static final String URL = CallbackApps.h2Url("admission");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL,
            ConfigOverride.config("engine.enabled", "false"), ConfigOverride.config("callbacks.enabled", "false"),
            ConfigOverride.config("admission.maxEngineLag", "2s"),
            ConfigOverride.config("admission.sampleInterval", "100ms"),
            ConfigOverride.config("admission.retryAfter", "1s"));
    private static Persistence sideDoor;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @Test
    void createsAreRefusedWhileTheEngineIsBehindAndEverythingElseIsServed() throws Exception {
        String key = new CreateMerchantService(sideDoor.merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId("admission-e2e")).apiKey();
        HttpApi api = new HttpApi(APP.getLocalPort());
        HttpResponse<String> waiting = api.post(ORDERS, key, OrderJson.fulfillOnly("adm-waiting", "7.00"));
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
        String waitingId = JSON.readTree(waiting.body()).path("id").asText();

        HttpApi admin = new HttpApi(APP.getAdminPort());
        Eventually.await("refusing once the order has waited 2 s", Duration.ofSeconds(10),
                () -> admin.get("/prometheus", null).body().lines().toList(),
                scrape -> scrape.contains("payout_admission_refusing 1"));

        CheckedApi.Exchange refused = new CheckedApi(APP.getLocalPort(), new Conformance(OpenApiDescription.load()),
                ConcurrentHashMap.newKeySet()).post("/merchant/v1/orders", key, OrderJson.fulfillOnly("adm-next", "5.00"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        JsonNode envelope = refused.json();
        assertThat(envelope.path("error").asBoolean()).isTrue();
        assertThat(envelope.path("errorCode").asText()).isEqualTo("E10");
        assertThat(envelope.path("errorMessage").asText()).isEqualTo("not accepting new orders for now: payouts are"
                + " running behind; retry after 1 s with the same orderId");
        assertThat(envelope.path("userMessage").asText()).isEqualTo("Too many requests");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(api.get(ORDERS + "/adm-next", key).statusCode()).as("nothing written").isEqualTo(404);

        HttpResponse<String> status = api.get(ORDERS + "/adm-waiting", key);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(api.get(ORDERS, key).statusCode()).isEqualTo(200);
        HttpResponse<String> repeat = api.post(ORDERS, key, OrderJson.fulfillOnly("adm-waiting", "7.00"));
        assertThat(repeat.statusCode()).as(repeat.body()).isEqualTo(200);
        assertThat(JSON.readTree(repeat.body()).path("id").asText()).isEqualTo(waitingId);
        assertThat(admin.get("/healthcheck", null).statusCode()).isEqualTo(200);
        List<String> scrape = admin.get("/prometheus", null).body().lines().toList();
        assertThat(scrape).contains("payout_admission_refusing 1");
        assertThat(sample(scrape, "payout_admission_refused_total")).isGreaterThanOrEqualTo(1);
        assertThat(sample(scrape, "payout_admission_engine_lag_seconds")).isGreaterThan(2);

        HttpResponse<String> cancel = api.post("/payout/merchant/v1/fulfillment/" + waitingId + "-f1/cancel", key, "");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        HttpResponse<String> accepted = Eventually.await("accepted once nothing waits", Duration.ofSeconds(10),
                () -> api.post(ORDERS, key, OrderJson.fulfillOnly("adm-next", "5.00")), r -> r.statusCode() != 429);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(admin.get("/prometheus", null).body().lines()).contains("payout_admission_refusing 0");
    }

    private static double sample(List<String> scrape, String name) {
        return scrape.stream().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(name + " not scraped"));
    }
}
