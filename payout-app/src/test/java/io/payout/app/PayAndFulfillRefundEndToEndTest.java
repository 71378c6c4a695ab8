package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.CallbackReceiver.Received;
import io.payout.app.FakeCheckoutLedger.FakeRefund;
import io.payout.app.FakeExpressCheckout.Call;
import io.payout.app.FakeExpressCheckout.Fault;
import io.payout.app.FakeExpressCheckout.Route;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Pay and Fulfill order whose payment Express Checkout (a {@link FakeExpressCheckout}) collected, and whose payout
 * then fails (DUMMY fails 28.00 a moment after accepting it, and reverses 98.00 a while after paying it out): what
 * was collected and not paid out is refunded at the
 * provider, exactly once, and reported by {@code REFUND} callbacks. Payments are found by polling.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillRefundEndToEndTest {
    private static final String URL = CallbackApps.h2Url("pay-and-fulfill-refunds");
    /** A merchant whose automatic refunds the configuration turns off. */
    private static final String KEEPS_THE_MONEY = "pf-keeps-the-money";
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private static final FakeExpressCheckout EXPRESS_CHECKOUT = FakeExpressCheckout.start();
    private static final CallbackReceiver RECEIVER = CallbackReceiver.start();

    static final DropwizardAppExtension<PayoutConfiguration> APP = PayAndFulfillApps.expressCheckout(EXPRESS_CHECKOUT,
            URL, ConfigOverride.config("gateways.configured[0].settings.delayed-failure-after-ms", "300"),
            ConfigOverride.config("gateways.configured[0].settings.reversal-after-ms", "1500"),
            ConfigOverride.config("collections.merchantAutoRefund." + KEEPS_THE_MONEY, "false"));

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
        RECEIVER.close();
    }

    @BeforeEach
    void newMerchant() {
        merchant = PayAndFulfillMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                .subscribe(sideDoor, new WebhookTarget(RECEIVER.url("/hooks"), "u", "p", null), EventLabel.ORDER,
                        EventLabel.REFUND);
    }

    @Test
    void aPayoutThatFailsAfterThePaymentWasCollectedIsRefundedInFullExactlyOnce() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-refund-1", "28.00"));
        String orderId = created.get("id").asText();
        String id = created.at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);

        JsonNode failed = merchant.awaitStatus("pf-refund-1", "FULFILLMENTS_FAILURE", PAYOUT);
        assertThat(failed.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        JsonNode refunded = merchant.awaitRefunds("pf-refund-1", 1, "SUCCESS", Duration.ofSeconds(10));
        assertThat(refunded.get("refunds")).as(refunded.toString()).hasSize(1);
        JsonNode refund = refunded.at("/refunds/0");
        assertThat(refund.get("id").asText()).isEqualTo(orderId + "-r1");
        assertThat(refund.get("uniqueRequestId").asText()).isEqualTo((orderId + "-r1").replace("-", ""));
        assertThat(refund.get("amount").decimalValue()).isEqualByComparingTo("28.00");
        assertThat(refund.get("reason").asText()).contains("FULFILLMENTS_FAILURE");

        List<FakeRefund> atProvider = EXPRESS_CHECKOUT.ledger().refundsOf(id);
        assertThat(atProvider).as("refunds at Express Checkout").hasSize(1);
        assertThat(atProvider.get(0).amount()).isEqualByComparingTo("28.00");
        assertThat(atProvider.get(0).uniqueRequestId()).isEqualTo(refund.get("uniqueRequestId").asText());
        assertThat(refund.get("providerRefundId").asText()).isEqualTo(atProvider.get(0).id());
        assertThat(EXPRESS_CHECKOUT.calls(Route.REFUND, id)).as("one refund request, answered").hasSize(1)
                .allSatisfy(call -> assertThat(call.form()).containsEntry("amount", "28.00"));

        List<Received> callbacks = RECEIVER.awaitOfOrder(orderId, "the refund reported", Duration.ofSeconds(5),
                r -> CallbackChecks.labelValues(r).contains("REFUND SUCCESS"));
        assertThat(CallbackChecks.labelValues(callbacks)).containsExactly("ORDER FULFILLMENTS_SCHEDULED",
                "ORDER FULFILLMENTS_FAILURE", "REFUND INITIATED", "REFUND SUCCESS");
        CallbackChecks.assertOnceEachInSequence(orderId, callbacks);
        JsonNode reported = callbacks.get(3).json().get("info");
        assertThat(reported.get("id").asText()).as(reported.toString()).isEqualTo(orderId + "-r1");
        assertThat(reported.get("amount").decimalValue()).isEqualByComparingTo("28.00");

        merchant.holds("pf-refund-1", "refunded once", Duration.ofMillis(500), o -> o.get("refunds").size() == 1);
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).hasSize(1);
    }

    @Test
    void anOrderPaidOutOnlyInPartIsRefundedWhatWasNotPaidOut() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-refund-part", "10.00", "28.00"));
        String id = created.at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);

        merchant.awaitStatus("pf-refund-part", "FULFILLED_PARTIALLY", PAYOUT);
        JsonNode refunded = merchant.awaitRefunds("pf-refund-part", 1, "SUCCESS", Duration.ofSeconds(10));
        assertThat(refunded.get("refunds")).hasSize(1);
        assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("28.00");
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).extracting(FakeRefund::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("28.00"));
    }

    @Test
    void anOrderSayingRefundOnFailureFalseKeepsTheCollectedMoney() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-refund-off", false, "28.00"));
        String orderId = created.get("id").asText();
        String id = created.at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);

        merchant.awaitStatus("pf-refund-off", "FULFILLMENTS_FAILURE", PAYOUT);
        merchant.holds("pf-refund-off", "not refunded", Duration.ofSeconds(1), o -> o.get("refunds").isEmpty());
        assertThat(EXPRESS_CHECKOUT.calls(Route.REFUND, id)).isEmpty();
        assertThat(CallbackChecks.labelValues(RECEIVER.ofOrder(orderId))).doesNotContain("REFUND INITIATED");
    }

    @Test
    void aRefundWhoseAnswersWereLostIsAskedForAgainUnderTheSameUniqueRequestIdAndMadeOnce() throws Exception {
        EXPRESS_CHECKOUT.failNext(Route.REFUND, Fault.DONE_THEN_DROP, 1);
        EXPRESS_CHECKOUT.failNext(Route.REFUND, Fault.DONE_THEN_500, 1);
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-refund-lost", "28.00"));
        String id = created.at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);

        JsonNode refunded = merchant.awaitRefunds("pf-refund-lost", 1, "SUCCESS", Duration.ofSeconds(10));
        String uniqueRequestId = refunded.at("/refunds/0/uniqueRequestId").asText();
        List<Call> requests = EXPRESS_CHECKOUT.calls(Route.REFUND, id);
        assertThat(requests).as("lost, lost, then answered").extracting(Call::answeredWith)
                .containsExactly(FakeExpressCheckout.DROPPED, 500, 200);
        assertThat(requests).extracting(call -> call.form().get("unique_request_id")).containsOnly(uniqueRequestId);
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).as("refunds at Express Checkout").hasSize(1);
        assertThat(refunded.get("refunds")).hasSize(1);
    }

    @Test
    void aPayoutReversedAfterItSucceededIsRefundedByASecondRefund() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-refund-reversed", "28.00", "98.00"));
        String orderId = created.get("id").asText();
        String id = created.at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(id);

        JsonNode partly = merchant.awaitRefunds("pf-refund-reversed", 1, "SUCCESS", PAYOUT);
        assertThat(partly.get("status").asText()).as(partly.toString()).isEqualTo("FULFILLED_PARTIALLY");
        assertThat(partly.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("28.00");

        JsonNode refunded = merchant.awaitRefunds("pf-refund-reversed", 2, "SUCCESS", PAYOUT);
        assertThat(refunded.get("status").asText()).isEqualTo("FULFILLMENTS_FAILURE");
        assertThat(refunded.at("/fulfillments/1/transactions/0/status").asText()).isEqualTo("REVERSED");
        JsonNode second = refunded.at("/refunds/1");
        assertThat(second.get("id").asText()).isEqualTo(orderId + "-r2");
        assertThat(second.get("amount").decimalValue()).as("what the first refund did not return")
                .isEqualByComparingTo("98.00");
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).extracting(FakeRefund::uniqueRequestId)
                .containsExactly((orderId + "r1").replace("-", ""), (orderId + "r2").replace("-", ""));
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).extracting(FakeRefund::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("28.00"), new BigDecimal("98.00"));
        merchant.holds("pf-refund-reversed", "refunded twice", Duration.ofMillis(500),
                o -> o.get("refunds").size() == 2);
    }

    @Test
    void aRefundExpressCheckoutRefusesIsReportedAsFailedAndNotAskedForAgain() throws Exception {
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-refund-refused", "28.00"));
        String orderId = created.get("id").asText();
        String id = created.at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().refuseRefunds("Refund not allowed for this order");
        try {
            EXPRESS_CHECKOUT.ledger().pay(id);
            merchant.awaitRefunds("pf-refund-refused", 1, "FAILURE", PAYOUT);
        } finally {
            EXPRESS_CHECKOUT.ledger().refuseRefunds(null);
        }

        RECEIVER.awaitOfOrder(orderId, "the failed refund reported", Duration.ofSeconds(5),
                r -> CallbackChecks.labelValues(r).contains("REFUND FAILURE"));
        merchant.holds("pf-refund-refused", "one refund, FAILURE", Duration.ofMillis(700),
                o -> o.get("refunds").size() == 1 && o.at("/refunds/0/status").asText().equals("FAILURE"));
        assertThat(EXPRESS_CHECKOUT.calls(Route.REFUND, id)).as("asked once").hasSize(1);
        assertThat(EXPRESS_CHECKOUT.ledger().refundsOf(id)).isEmpty();
        assertThat(CallbackChecks.labelValues(RECEIVER.ofOrder(orderId))).containsSubsequence("REFUND INITIATED",
                "REFUND FAILURE").containsOnlyOnce("REFUND FAILURE");
    }

    @Test
    void aMerchantWhoseAutomaticRefundsAreOffKeepsTheMoneyUnlessTheOrderAsksForARefund() throws Exception {
        PayAndFulfillMerchant keeper = PayAndFulfillMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()),
                KEEPS_THE_MONEY);
        String kept = keeper.created(PayAndFulfillOrderJson.order("pf-keep-1", "28.00")).at("/payments/0/id").asText();
        String asked = keeper.created(PayAndFulfillOrderJson.order("pf-keep-2", true, "28.00"))
                .at("/payments/0/id").asText();
        EXPRESS_CHECKOUT.ledger().pay(kept);
        EXPRESS_CHECKOUT.ledger().pay(asked);

        JsonNode refunded = keeper.awaitRefunds("pf-keep-2", 1, "SUCCESS", PAYOUT);
        assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("28.00");
        keeper.awaitStatus("pf-keep-1", "FULFILLMENTS_FAILURE", PAYOUT);
        keeper.holds("pf-keep-1", "not refunded", Duration.ofMillis(700), o -> o.get("refunds").isEmpty());
        assertThat(EXPRESS_CHECKOUT.calls(Route.REFUND, kept)).isEmpty();
    }
}
