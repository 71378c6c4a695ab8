package io.payout.adapters.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox collection provider's payment link and pay endpoint: no API key; paying sends the payment webhook. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SandboxCollectionTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String SANDBOX = "/payout/sandbox/collections/";
    private static ApiClient api;
    private static TestPayoutApplication app;
    private static String sandboxKey;
    private static String otherKey;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        app = APP.getApplication();
        sandboxKey = app.newMerchant(TestPayoutApplication.SANDBOX_MERCHANT);
        otherKey = app.newMerchant("m-express-checkout");
    }

    @Test
    void openingThePaymentLinkPaysAndAnswersAPageSayingSo() {
        String id = newPayment(sandboxKey, "ord-sandbox-1");
        int wakeUps = app.collectionPumpWakeUps();

        ApiResponse page = api.send(api.request(SANDBOX + id).GET().build());

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html", id, "is paid");
        assertThat(app.collectionProvider().isPaid(id)).isTrue();
        assertThat(app.collectionPumpWakeUps()).isEqualTo(wakeUps + 1);
    }

    @Test
    void postingPayAnswersThePaidPayment() {
        String id = newPayment(sandboxKey, "ord-sandbox-2");

        ApiResponse response = pay(id);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(OrderJson.parse(
                "{\"providerOrderId\": \"" + id + "\", \"status\": \"PAID\"}"));
        assertThat(app.collectionProvider().isPaid(id)).isTrue();
    }

    @Test
    void payingTwiceIsHarmless() {
        String id = newPayment(sandboxKey, "ord-sandbox-3");
        pay(id);

        ApiResponse again = pay(id);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
    }

    @Test
    void anUnknownPaymentLinkIsA404Page() {
        ApiResponse page = api.send(api.request(SANDBOX + "PNoSuchPayment123").GET().build());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("no sandbox payment").doesNotContain("PNoSuchPayment123");
    }

    @Test
    void payingAnUnknownPaymentIs404E09() {
        ApiResponse response = pay("PNoSuchPayment123");

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    @Test
    void aPaymentCollectedByAnotherProviderIsNotPaidThroughTheSandbox() {
        String id = newPayment(otherKey, "ord-sandbox-4");

        ApiResponse response = pay(id);

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(app.collectionProvider().isPaid(id)).isFalse();
    }

    @Test
    void anIdThatIsNotLettersAndDigitsUpTo20IsNotFound() {
        String id = newPayment(sandboxKey, "ord-sandbox-5");
        for (String bad : List.of(id + "1", "P-123", "P%20123", "%3Cscript%3E")) {
            ApiResponse page = api.send(api.request(SANDBOX + bad).GET().build());
            ApiResponse paid = pay(bad);

            assertThat(page.status()).as(bad).isEqualTo(404);
            assertThat(page.body()).doesNotContain("<script>");
            assertThat(paid.status()).as(bad).isEqualTo(404);
            assertThat(paid.errorCode()).isEqualTo("E09");
        }
        assertThat(app.collectionProvider().isPaid(id)).isFalse();
    }

    private static String newPayment(String key, String orderId) {
        ApiResponse created = api.createOrder(key, OrderJson.payAndFulfill(orderId).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().at("/payments/0/id").asText();
    }

    private static ApiResponse pay(String id) {
        return api.send(api.request(SANDBOX + id + "/pay").POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
