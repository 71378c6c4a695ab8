package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.FakeExpressCheckout.Call;
import io.payout.app.FakeExpressCheckout.Route;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pay and Fulfill through Express Checkout (a {@link FakeExpressCheckout}) when its webhooks arrive. Open payments
 * are polled only once a minute here, so within a test only a webhook makes the service ask the provider: what
 * happens after a webhook happens because of it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillWebhookEndToEndTest {
    private static final String URL = CallbackApps.h2Url("pay-and-fulfill-webhooks");
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private static final FakeExpressCheckout EXPRESS_CHECKOUT = FakeExpressCheckout.start();

    static final DropwizardAppExtension<PayoutConfiguration> APP = PayAndFulfillApps.expressCheckout(EXPRESS_CHECKOUT,
            URL, ConfigOverride.config("collections.firstPoll", "60s"),
            ConfigOverride.config("collections.maxPoll", "60s"));

    private static Persistence sideDoor;
    private PayAndFulfillMerchant merchant;

    @BeforeAll
    static void pointTheWebhooksAtTheApplication() {
        sideDoor = CallbackApps.sideDoor(URL);
        EXPRESS_CHECKOUT.webhooksTo("http://127.0.0.1:" + APP.getLocalPort() + "/payout/webhooks/express-checkout");
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
    void paidAtExpressCheckoutTheWebhookHasThePaymentConfirmedByStatusCallAndThenPaidOut() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-webhook-1", "10.00"));
        assertThat(created.get("status").asText()).isEqualTo("CREATED");
        JsonNode payment = created.at("/payments/0");
        String id = payment.get("id").asText();
        assertThat(id).matches("P[A-Za-z0-9]{19}");
        assertThat(payment.get("provider").asText()).isEqualTo("EXPRESS_CHECKOUT");
        assertThat(payment.get("status").asText()).as(payment.toString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(payment.get("providerStatus").asText()).isEqualTo("CREATED");
        assertThat(payment.at("/paymentLinks/web").asText())
                .startsWith(EXPRESS_CHECKOUT.baseUrl() + "/merchant/pay/ordeh_");
        assertThat(payment.at("/paymentLinks/mobile").asText()).endsWith("?mobile=true");

        List<Call> creates = EXPRESS_CHECKOUT.calls(Route.CREATE, id);
        assertThat(creates).as("one create, while the merchant waited").hasSize(1);
        Call create = creates.get(0);
        assertThat(create.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(create.authorization()).isEqualTo(CallbackChecks.basicAuth(FakeExpressCheckout.API_KEY, ""));
        assertThat(create.merchantIdHeader()).isEqualTo(FakeExpressCheckout.MERCHANT_ID);
        assertThat(create.form()).containsEntry("order_id", id).containsEntry("amount", "10.00")
                .containsEntry("customer_id", "cust-1");
        assertThat(create.form().get("metadata.expiryInMins")).as("whole minutes left of the 30 minute window")
                .isIn("29", "30");

        EXPRESS_CHECKOUT.ledger().pay(id);
        merchant.holds("pf-webhook-1", "CREATED: paid, but no webhook yet and no poll due", Duration.ofMillis(500),
                PayAndFulfillMerchant::awaitingPayment);
        int statusCallsBefore = EXPRESS_CHECKOUT.calls(Route.STATUS, id).size();

        HttpResponse<String> webhook = EXPRESS_CHECKOUT.sendWebhook(id);
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
        assertThat(CallbackMerchant.json(webhook.body()).get("matched").asInt()).isEqualTo(1);

        JsonNode paid = merchant.awaitStatus("pf-webhook-1", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
        assertThat(paid.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        assertThat(paid.at("/payments/0/providerStatus").asText()).isEqualTo("CHARGED");
        assertThat(paid.at("/payments/0/chargedAmount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(paid.at("/fulfillments/0/transactions")).hasSize(1);
        assertThat(EXPRESS_CHECKOUT.calls(Route.STATUS, id).size()).as("confirmed with the status call")
                .isGreaterThan(statusCallsBefore);
    }

    @Test
    void aWebhookClaimingChargedIsOnlyAHintTheStatusCallSaysTheOrderIsUnpaid() throws Exception {
        String id = merchant.created(PayAndFulfillOrderJson.order("pf-webhook-claim", "10.00"))
                .at("/payments/0/id").asText();

        HttpResponse<String> webhook = EXPRESS_CHECKOUT.sendWebhookClaiming(id, "CHARGED");
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);

        Eventually.await("the status call made", Duration.ofSeconds(5),
                () -> EXPRESS_CHECKOUT.calls(Route.STATUS, id), calls -> !calls.isEmpty());
        merchant.holds("pf-webhook-claim", "CREATED, unpaid: the provider says NEW", Duration.ofSeconds(1),
                PayAndFulfillMerchant::awaitingPayment);
    }

    @Test
    void aWebhookWithWrongOrMissingCredentialsIs401E07AndChangesNothing() throws Exception {
        String id = merchant.created(PayAndFulfillOrderJson.order("pf-webhook-forged", "10.00"))
                .at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);
        int callsBefore = EXPRESS_CHECKOUT.calls().size();

        for (String authorization : new String[] {
                CallbackChecks.basicAuth(FakeExpressCheckout.WEBHOOK_USERNAME, "wrong-password"),
                CallbackChecks.basicAuth("someone-else", FakeExpressCheckout.WEBHOOK_PASSWORD),
                CallbackChecks.basicAuth(FakeExpressCheckout.API_KEY, ""), null}) {
            HttpResponse<String> rejected = EXPRESS_CHECKOUT.sendWebhook(id, authorization);
            assertThat(rejected.statusCode()).as("%s: %s", authorization, rejected.body()).isEqualTo(401);
            JsonNode error = CallbackMerchant.json(rejected.body());
            assertThat(error.get("error").asBoolean()).isTrue();
            assertThat(error.get("errorCode").asText()).isEqualTo("E07");
        }

        merchant.holds("pf-webhook-forged", "CREATED, unpaid as far as the service knows", Duration.ofSeconds(1),
                PayAndFulfillMerchant::awaitingPayment);
        assertThat(EXPRESS_CHECKOUT.calls().subList(callsBefore, EXPRESS_CHECKOUT.calls().size()))
                .as("Express Checkout not asked anything because of a rejected webhook").isEmpty();

        assertThat(EXPRESS_CHECKOUT.sendWebhook(id).statusCode()).as("the genuine webhook").isEqualTo(200);
        merchant.awaitStatus("pf-webhook-forged", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
    }

    @Test
    void duplicateWebhooksPayOutOnce() throws Exception {
        String id = merchant.created(PayAndFulfillOrderJson.order("pf-webhook-twice", "10.00"))
                .at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);

        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(senders.submit(() -> EXPRESS_CHECKOUT.sendWebhook(id)));
            }
            for (Future<HttpResponse<String>> webhook : sent) {
                assertThat(webhook.get().statusCode()).as(webhook.get().body()).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }
        merchant.awaitStatus("pf-webhook-twice", "FULFILLMENTS_SUCCESSFUL", PAYOUT);

        HttpResponse<String> late = EXPRESS_CHECKOUT.sendWebhook(id);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
        assertThat(CallbackMerchant.json(late.body()).get("matched").asInt()).as("no open payment").isZero();
        Predicate<JsonNode> paidOutOnce = o -> o.get("status").asText().equals("FULFILLMENTS_SUCCESSFUL")
                && o.at("/fulfillments/0/transactions").size() == 1 && o.get("payments").size() == 1
                && o.at("/payments/0/status").asText().equals("CHARGED") && o.get("refunds").isEmpty();
        merchant.holds("pf-webhook-twice", "paid out once, by one transaction", Duration.ofMillis(500), paidOutOnce);
        assertThat(EXPRESS_CHECKOUT.calls(Route.CREATE, id)).hasSize(1);
    }

    @Test
    void aChargeOfAnotherAmountSendsTheOrderToManualReviewNeverToFulfillment() throws Exception {
        String partly = merchant.created(PayAndFulfillOrderJson.order("pf-mismatch-part", "10.00"))
                .at("/payments/0/id").asText();
        String other = merchant.created(PayAndFulfillOrderJson.order("pf-mismatch-more", "10.00"))
                .at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().payPartially(partly, "6.00");
        EXPRESS_CHECKOUT.ledger().payOtherAmount(other, "12.00");
        assertThat(EXPRESS_CHECKOUT.sendWebhook(partly).statusCode()).isEqualTo(200);
        assertThat(EXPRESS_CHECKOUT.sendWebhook(other).statusCode()).isEqualTo(200);

        for (String[] order : new String[][] {{"pf-mismatch-part", "6.00"}, {"pf-mismatch-more", "12.00"}}) {
            JsonNode review = merchant.awaitStatus(order[0], "FULFILLMENTS_MANUAL_REVIEW", Duration.ofSeconds(10));
            assertThat(review.at("/payments/0/status").asText()).as(review.toString()).isEqualTo("AMOUNT_MISMATCH");
            assertThat(review.at("/payments/0/chargedAmount").decimalValue()).isEqualByComparingTo(order[1]);
            assertThat(review.at("/fulfillments/0/status").asText()).isEqualTo("CREATED");
        }
        for (String order : List.of("pf-mismatch-part", "pf-mismatch-more")) {
            merchant.holds(order, "in manual review, never paid out", Duration.ofMillis(700),
                    o -> o.get("status").asText().equals("FULFILLMENTS_MANUAL_REVIEW")
                            && PayAndFulfillMerchant.noTransactions(o) && o.get("refunds").isEmpty());
        }
    }
}
