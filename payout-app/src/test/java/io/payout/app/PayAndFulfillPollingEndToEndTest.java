package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.FakeExpressCheckout.Call;
import io.payout.app.FakeExpressCheckout.Fault;
import io.payout.app.FakeExpressCheckout.Route;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pay and Fulfill through Express Checkout (a {@link FakeExpressCheckout}) without webhooks: the service polls open
 * payments (every 100 ms, doubling up to 500 ms here), and creates in the background the collection orders it could
 * not create while the merchant waited.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillPollingEndToEndTest {
    private static final String URL = CallbackApps.h2Url("pay-and-fulfill-polling");
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private static final FakeExpressCheckout EXPRESS_CHECKOUT = FakeExpressCheckout.start();

    static final DropwizardAppExtension<PayoutConfiguration> APP =
            PayAndFulfillApps.expressCheckout(EXPRESS_CHECKOUT, URL);

    private static Persistence sideDoor;
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
    void aPaymentWhoseWebhookNeverComesIsFoundByPollingAndPaidOut() throws Exception {
        String id = merchant.created(PayAndFulfillOrderJson.order("pf-poll-1", "10.00")).at("/payments/0/id").asText();
        Eventually.await("polled while unpaid", Duration.ofSeconds(5), () -> EXPRESS_CHECKOUT.calls(Route.STATUS, id),
                calls -> calls.size() >= 2);
        assertThat(PayAndFulfillMerchant.awaitingPayment(merchant.order("pf-poll-1"))).isTrue();

        EXPRESS_CHECKOUT.ledger().pay(id);

        JsonNode paid = merchant.awaitStatus("pf-poll-1", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
        assertThat(paid.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        assertThat(paid.at("/payments/0/chargedAmount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(paid.at("/fulfillments/0/transactions")).hasSize(1);
    }

    @Test
    void anOrderCreatedWhileExpressCheckoutIsDownIsAcceptedAndItsCollectionOrderIsCreatedLaterUnderTheSameId()
            throws Exception {
        int callsBefore = EXPRESS_CHECKOUT.calls().size();
        Set<String> ordersBefore = EXPRESS_CHECKOUT.ledger().orderIds();
        EXPRESS_CHECKOUT.failNext(Route.CREATE, Fault.DROP, 1);
        EXPRESS_CHECKOUT.failNext(Route.CREATE, Fault.ERROR_500, 1);
        EXPRESS_CHECKOUT.failNext(Route.CREATE, Fault.DONE_THEN_500, 1);

        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-down-1", "10.00"));
        assertThat(created.get("status").asText()).isEqualTo("CREATED");
        JsonNode pending = created.at("/payments/0");
        String id = pending.get("id").asText();
        assertThat(pending.get("status").asText()).as(pending.toString()).isEqualTo("PENDING_CREATION");
        assertThat(pending.get("reason").asText()).as(pending.toString()).isNotBlank();
        assertThat(pending.path("paymentLinks").path("web").isMissingNode()).as(pending.toString()).isTrue();

        JsonNode awaiting = merchant.await("pf-down-1", "created at Express Checkout", Duration.ofSeconds(10),
                o -> o.at("/payments/0/status").asText().equals("AWAITING_PAYMENT"));
        assertThat(awaiting.at("/payments/0/id").asText()).isEqualTo(id);
        assertThat(awaiting.at("/payments/0/paymentLinks/web").asText())
                .startsWith(EXPRESS_CHECKOUT.baseUrl() + "/merchant/pay/");

        List<Call> creates = EXPRESS_CHECKOUT.calls().subList(callsBefore, EXPRESS_CHECKOUT.calls().size()).stream()
                .filter(c -> c.route() == Route.CREATE).toList();
        assertThat(creates).as("down, down, answer lost, then refused as existing: %s", creates)
                .extracting(Call::answeredWith).startsWith(FakeExpressCheckout.DROPPED, 500, 500, 400);
        assertThat(creates).as("every create under one order id").extracting(Call::orderId).containsOnly(id);
        Set<String> ordersMade = new HashSet<>(EXPRESS_CHECKOUT.ledger().orderIds());
        ordersMade.removeAll(ordersBefore);
        assertThat(ordersMade).as("collection orders at Express Checkout").containsExactly(id);

        EXPRESS_CHECKOUT.ledger().pay(id);
        JsonNode paid = merchant.awaitStatus("pf-down-1", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
        assertThat(paid.at("/payments/0/status").asText()).isEqualTo("CHARGED");
    }

    @Test
    void repeatedAndConcurrentCreatesAnswerOneOrderWithOnePaymentAndOneCollectionOrder() throws Exception {
        String body = PayAndFulfillOrderJson.order("pf-repeat-1", "10.00");
        ExecutorService merchants = Executors.newFixedThreadPool(4);
        List<JsonNode> answers = new ArrayList<>();
        try {
            List<Future<JsonNode>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(merchants.submit(() -> merchant.created(body)));
            }
            for (Future<JsonNode> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            merchants.shutdownNow();
        }
        answers.add(merchant.created(body));

        String id = answers.get(0).at("/payments/0/id").asText();
        assertThat(answers).as("one order, one payment").allSatisfy(answer -> {
            assertThat(answer.get("id").asText()).isEqualTo(answers.get(0).get("id").asText());
            assertThat(answer.get("payments")).hasSize(1);
            assertThat(answer.at("/payments/0/id").asText()).isEqualTo(id);
        });
        assertThat(EXPRESS_CHECKOUT.calls(Route.CREATE, id)).as("collection orders asked for").hasSize(1);
        HttpResponse<String> other = merchant.create(PayAndFulfillOrderJson.order("pf-repeat-1", "9.00"));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
        assertThat(CallbackMerchant.json(other.body()).get("errorCode").asText()).isEqualTo("E05");
    }
}
