package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.FakeCheckoutLedger.FakeRefund;
import io.payout.app.FakeExpressCheckout.Route;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant cancels fulfillments of Pay and Fulfill orders (Juspay's fulfillment cancel) before, or after, Express
 * Checkout (a {@link FakeExpressCheckout}) collected their money: whatever was collected and is not paid out is
 * refunded, once. Payments are found by polling.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillCancellationEndToEndTest {
    private static final String URL = CallbackApps.h2Url("pay-and-fulfill-cancellation");
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private static final FakeExpressCheckout EXPRESS_CHECKOUT = FakeExpressCheckout.start();

    static final DropwizardAppExtension<PayoutConfiguration> APP =
            PayAndFulfillApps.expressCheckout(EXPRESS_CHECKOUT, URL);

    private static Persistence sideDoor;
    private final HttpClient admin = HttpClient.newHttpClient();
    private PayAndFulfillMerchant merchant;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void stop() throws Exception {
        sideDoor.close();
        EXPRESS_CHECKOUT.close();
    }

    @BeforeEach
    void newMerchant() {
        merchant = PayAndFulfillMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()));
    }

    @Test
    void anOrderCancelledWhileItsPaymentIsOpenAndPaidAfterwardsIsRefundedInFull() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-cancel-unpaid", "10.00"));
        String id = created.at("/payments/0/id").asText();
        cancel(created.at("/fulfillments/0/id").asText());
        JsonNode cancelled = merchant.awaitStatus("pf-cancel-unpaid", "FULFILLMENTS_CANCELLED", Duration.ofSeconds(5));
        assertThat(cancelled.at("/payments/0/status").asText()).isEqualTo("AWAITING_PAYMENT");

        EXPRESS_CHECKOUT.ledger().pay(id);

        JsonNode refunded = merchant.awaitRefunds("pf-cancel-unpaid", 1, "SUCCESS", PAYOUT);
        assertThat(refunded.get("status").asText()).isEqualTo("FULFILLMENTS_CANCELLED");
        assertThat(refunded.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        assertThat(refunded.get("refunds")).hasSize(1);
        assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(PayAndFulfillMerchant.noTransactions(refunded)).isTrue();
        assertRefundedOnceAtTheProvider("pf-cancel-unpaid", id, "10.00");
    }

    @Test
    void aFulfillmentCancelledBeforeThePaymentIsRefundedOnceTheOthersArePaidOut() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-cancel-one", "10.00", "4.00"));
        String id = created.at("/payments/0/id").asText();
        cancel(created.at("/fulfillments/1/id").asText());
        assertThat(merchant.order("pf-cancel-one").get("status").asText()).as("one fulfillment still to pay out")
                .isEqualTo("CREATED");

        EXPRESS_CHECKOUT.ledger().pay(id);

        JsonNode refunded = merchant.awaitRefunds("pf-cancel-one", 1, "SUCCESS", PAYOUT);
        assertThat(refunded.at("/fulfillments/0/status").asText()).isEqualTo("SUCCESS");
        assertThat(refunded.at("/fulfillments/1/status").asText()).isEqualTo("CANCELLED");
        assertThat(refunded.get("refunds")).as(refunded.toString()).hasSize(1);
        assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("4.00");
        assertRefundedOnceAtTheProvider("pf-cancel-one", id, "4.00");
    }

    @Test
    void anOrderCancelledAfterItsPaymentWasChargedIsRefundedInFull() throws Exception {
        assertThat(task("pause-method")).isEqualTo("method DUMMY_IMPS paused on every instance");
        String id;
        try {
            JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-cancel-paid", "10.00"));
            id = created.at("/payments/0/id").asText();
            EXPRESS_CHECKOUT.ledger().pay(id);
            merchant.await("pf-cancel-paid", "charged, waiting for DUMMY_IMPS", Duration.ofSeconds(10),
                    o -> o.at("/payments/0/status").asText().equals("CHARGED"));
            cancel(created.at("/fulfillments/0/id").asText());
        } finally {
            assertThat(task("resume-method")).isEqualTo("method DUMMY_IMPS resumed on every instance");
        }

        JsonNode refunded = merchant.awaitRefunds("pf-cancel-paid", 1, "SUCCESS", PAYOUT);
        assertThat(refunded.get("status").asText()).isEqualTo("FULFILLMENTS_CANCELLED");
        assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(PayAndFulfillMerchant.noTransactions(refunded)).isTrue();
        assertRefundedOnceAtTheProvider("pf-cancel-paid", id, "10.00");
    }

    private void cancel(String fulfillmentId) {
        HttpResponse<String> cancelled = merchant.cancel(fulfillmentId);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(CallbackMerchant.json(cancelled.body()).get("status").asText()).isEqualTo("CANCELLED");
    }

    private void assertRefundedOnceAtTheProvider(String merchantOrderId, String id, String amount) throws Exception {
        merchant.holds(merchantOrderId, "refunded once", Duration.ofMillis(300), o -> o.get("refunds").size() == 1);
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).extracting(FakeRefund::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal(amount));
        assertThat(EXPRESS_CHECKOUT.calls(Route.REFUND, id)).hasSize(1);
    }

    private String task(String task) throws Exception {
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + APP.getAdminPort() + "/tasks/" + task + "?name=DUMMY_IMPS&operator=asha&reason=test"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().trim();
    }
}
