package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pay and Fulfill with no provider configured: the built-in SANDBOX collects. The first instance listens on a port
 * chosen up front, so that the payment link it hands out is one the test can follow as an end user would, and runs
 * no engine, so that the order stays where the charge put it. A second instance, with an engine, on the same
 * database then pays it out.
 */
class PayAndFulfillSandboxEndToEndTest {
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private final String url = CallbackApps.h2Url("pay-and-fulfill-sandbox");
    private final List<DropwizardTestSupport<PayoutConfiguration>> started = new ArrayList<>();
    private final HttpClient browser = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        started.forEach(DropwizardTestSupport::after);
    }

    @Test
    void paidOnTheSandboxLinkTheOrderBecomesReadyForFulfillmentAndIsThenPaidOut() throws Exception {
        int port = freePort();
        DropwizardTestSupport<PayoutConfiguration> collecting = start(Map.of("engine.enabled", "false",
                "server.applicationConnectors[0].port", Integer.toString(port),
                "collections.sandboxPublicBaseUrl", "http://127.0.0.1:" + port + "/payout"));
        Persistence sideDoor = CallbackApps.sideDoor(url);
        PayAndFulfillMerchant merchant;
        try {
            merchant = PayAndFulfillMerchant.create(sideDoor, new HttpApi(collecting.getLocalPort()));
        } finally {
            sideDoor.close();
        }
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-sandbox-1", "10.00"));
        assertThat(created.get("status").asText()).isEqualTo("CREATED");
        assertThat(created.get("type").asText()).isEqualTo("PAY_AND_FULFILL");
        assertThat(created.get("payments")).as(created.toString()).hasSize(1);
        JsonNode payment = created.at("/payments/0");
        String providerOrderId = payment.get("id").asText();
        assertThat(providerOrderId).as("letters and digits, shorter than 21").matches("P[A-Za-z0-9]{19}");
        assertThat(payment.get("provider").asText()).isEqualTo("SANDBOX");
        assertThat(payment.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("10.00");
        String link = payment.at("/paymentLinks/web").asText();
        assertThat(link).isEqualTo("http://127.0.0.1:" + port + "/payout/sandbox/collections/" + providerOrderId);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Payment received");

        JsonNode ready = merchant.await("pf-sandbox-1", "READY_FOR_FULFILLMENT", Duration.ofSeconds(10),
                o -> o.get("status").asText().equals("READY_FOR_FULFILLMENT"));
        assertThat(ready.at("/payments/0/status").asText()).as(ready.toString()).isEqualTo("CHARGED");
        assertThat(ready.at("/payments/0/chargedAmount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(ready.at("/fulfillments/0/status").asText()).isEqualTo("CREATED");
        assertThat(PayAndFulfillMerchant.noTransactions(ready)).isTrue();

        DropwizardTestSupport<PayoutConfiguration> payingOut = start(Map.of());
        JsonNode paid = merchant.via(new HttpApi(payingOut.getLocalPort()))
                .awaitStatus("pf-sandbox-1", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
        assertThat(paid.at("/fulfillments/0/status").asText()).isEqualTo("SUCCESS");
        assertThat(paid.at("/fulfillments/0/transactions")).hasSize(1);
        assertThat(paid.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        assertThat(paid.get("refunds")).as("nothing to refund").isEmpty();
    }

    private DropwizardTestSupport<PayoutConfiguration> start(Map<String, String> overrides) throws Exception {
        DropwizardTestSupport<PayoutConfiguration> instance = PayAndFulfillApps.sandboxInstance(url, overrides);
        instance.before();
        started.add(instance);
        return instance;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
