package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.DropwizardTestSupport;
import io.payout.app.FakeCheckoutLedger.FakeRefund;
import io.payout.app.FakeExpressCheckout.Hold;
import io.payout.app.FakeExpressCheckout.Route;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database collect through one Express Checkout (a {@link FakeExpressCheckout}); only the
 * first pays out (DUMMY lives in each process's memory). Open payments are polled once a minute, so only webhooks
 * make them due. A webhook arrives while one instance's status call is under way (its claim on the payment still
 * running) and the other instance confirms the charge: the first instance's answer, computed before the end user
 * paid, arrives afterwards and must not undo what the second confirmed.
 */
class PayAndFulfillTwoInstancesEndToEndTest {
    /**
     * Both tests fail today. A webhook ({@code PaymentDao.hurry}) makes a payment due now even while another
     * instance's claim on it runs (its {@code next_due_at} is the lease's end), so a second instance steps it too; the
     * first step then writes its stale result over the second's ({@code CollectionStepper} saves from its claimed
     * snapshot, and {@code PaymentDao.update} is unconditional): {@code CHARGED} becomes {@code AWAITING_PAYMENT}, or
     * past the window {@code EXPIRED}, and a payout that then fails is not refunded ({@code markRefundCheckDue} only
     * marks {@code CHARGED} payments; expired ones are never polled again).
     */
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private final FakeExpressCheckout expressCheckout = FakeExpressCheckout.start();
    private final String url = CallbackApps.h2Url("pay-and-fulfill-two-instances");
    private final List<DropwizardTestSupport<PayoutConfiguration>> started = new ArrayList<>();
    private Persistence sideDoor;

    @BeforeEach
    void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(url);
    }

    @AfterEach
    void stop() throws Exception {
        for (DropwizardTestSupport<PayoutConfiguration> instance : started) {
            instance.after();
        }
        sideDoor.close();
        expressCheckout.close();
    }

    @Test
    void aStaleUnpaidAnswerFromOneInstanceDoesNotUndoAChargeTheOtherConfirmed() throws Exception {
        PayAndFulfillMerchant merchant = startBoth("30m");
        String id = merchant.created(PayAndFulfillOrderJson.order("pf-two-stale", "10.00")).at("/payments/0/id")
                .asText();

        Hold unpaid = staleStatusCallUnderWay(id);
        expressCheckout.ledger().pay(id);
        assertThat(expressCheckout.sendWebhook(id).statusCode()).isEqualTo(200);
        merchant.awaitStatus("pf-two-stale", "FULFILLMENTS_SUCCESSFUL", PAYOUT);

        deliver(unpaid, id);
        merchant.holds("pf-two-stale", "paid out, its payment CHARGED", Duration.ofSeconds(1),
                o -> o.get("status").asText().equals("FULFILLMENTS_SUCCESSFUL")
                        && o.at("/payments/0/status").asText().equals("CHARGED"));
    }

    @Test
    void aStaleUnpaidAnswerAfterTheWindowDoesNotExpireAChargedPaymentWhosePayoutThenFailsAndIsRefunded()
            throws Exception {
        PayAndFulfillMerchant merchant = startBoth("2s");
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-two-late", "28.00"));
        String id = created.at("/payments/0/id").asText();
        // expiresAt is shown in whole seconds: the window is over a second after it at the latest
        Instant windowOver = Instant.parse(created.at("/payments/0/expiresAt").asText()).plusSeconds(1);
        Eventually.await("the payment window over", Duration.ofSeconds(5), Instant::now, windowOver::isBefore);

        Hold unpaid = staleStatusCallUnderWay(id);
        expressCheckout.ledger().pay(id);
        assertThat(expressCheckout.sendWebhook(id).statusCode()).isEqualTo(200);
        merchant.await("pf-two-late", "charged (late, but charged) and being paid out", Duration.ofSeconds(5),
                o -> o.at("/payments/0/status").asText().equals("CHARGED"));

        deliver(unpaid, id);
        merchant.awaitStatus("pf-two-late", "FULFILLMENTS_FAILURE", PAYOUT);
        // refunds are inquired every firstPoll (a minute here): made at the provider is what counts
        JsonNode refunded = merchant.await("pf-two-late", "refunded", Duration.ofSeconds(10),
                o -> o.get("refunds").size() == 1 && !o.at("/refunds/0/providerRefundId").isMissingNode());
        assertThat(refunded.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("28.00");
        assertThat(expressCheckout.ledger().refundsOf(id)).extracting(FakeRefund::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("28.00"));
    }

    /**
     * Both instances (the second without an engine), polling open payments once a minute, with this payment
     * window. @return a merchant speaking to the first
     */
    private PayAndFulfillMerchant startBoth(String paymentWindow) throws Exception {
        for (String engine : List.of("true", "false")) {
            DropwizardTestSupport<PayoutConfiguration> instance = PayAndFulfillApps.expressCheckoutInstance(
                    expressCheckout, Duration.ofSeconds(5), url, "sa", Map.of("engine.enabled", engine,
                            "collections.paymentWindow", paymentWindow, "collections.firstPoll", "60s",
                            "collections.maxPoll", "60s"));
            instance.before();
            started.add(instance);
        }
        expressCheckout.webhooksTo("http://127.0.0.1:" + started.get(0).getLocalPort()
                + "/payout/webhooks/express-checkout");
        return PayAndFulfillMerchant.create(sideDoor, new HttpApi(started.get(0).getLocalPort()));
    }

    /**
     * A webhook makes the unpaid payment due; one instance claims it and asks Express Checkout, whose answer
     * ({@code NEW}) is held on its way back.
     */
    private Hold staleStatusCallUnderWay(String id) throws Exception {
        Hold unpaid = expressCheckout.holdNextAnswer(Route.STATUS);
        assertThat(expressCheckout.sendWebhook(id).statusCode()).isEqualTo(200);
        unpaid.awaitArrival(Duration.ofSeconds(5));
        return unpaid;
    }

    /** The held answer reaches its instance, which then has it acted on. */
    private void deliver(Hold unpaid, String id) throws Exception {
        int answeredBefore = expressCheckout.calls(Route.STATUS, id).size();
        unpaid.release(null);
        Eventually.await("the held answer delivered", Duration.ofSeconds(5),
                () -> expressCheckout.calls(Route.STATUS, id).size(), n -> n > answeredBefore);
    }
}
