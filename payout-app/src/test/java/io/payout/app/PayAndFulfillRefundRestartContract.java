package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.DropwizardTestSupport;
import io.payout.app.FakeExpressCheckout.Call;
import io.payout.app.FakeExpressCheckout.Fault;
import io.payout.app.FakeExpressCheckout.Hold;
import io.payout.app.FakeExpressCheckout.Route;
import io.payout.app.config.DatabaseSettings;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A refund survives the instance that decided it. The first instance decides and records the refund and sends it;
 * Express Checkout holds the request while that instance is stopped (it gives up waiting for the answer, and
 * stops), then makes the refund, but its answer reaches nobody. A second instance on the same database asks for
 * the refund again under the same unique request id (at once, or once the first one's claim has run out): still
 * exactly one refund at the provider, and the refund {@code SUCCESS}. Run once per database.
 */
abstract class PayAndFulfillRefundRestartContract {
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private final FakeExpressCheckout expressCheckout = FakeExpressCheckout.start();
    private final CallbackReceiver receiver = CallbackReceiver.start();

    /** The JDBC URL of a database of this test's own, shared by both instances. */
    abstract String databaseUrl();

    abstract String databaseUser();

    @AfterEach
    void stopFakes() {
        expressCheckout.close();
        receiver.close();
    }

    /**
     * An instance whose claims last 2 s, and which waits up to 2 s for Express Checkout's answers (stopping, it lets
     * a call under way end first).
     */
    private DropwizardTestSupport<PayoutConfiguration> instance() {
        return PayAndFulfillApps.expressCheckoutInstance(expressCheckout, Duration.ofSeconds(2), databaseUrl(),
                databaseUser(), Map.of("collections.lease", "2s",
                        "gateways.configured[0].settings.delayed-failure-after-ms", "300"));
    }

    @Test
    void aRefundWhoseInstanceStoppedBeforeRecordingTheAnswerIsAskedForAgainByTheNextAndMadeOnce() throws Exception {
        Hold refundRequest = expressCheckout.holdNext(Route.REFUND);
        PayAndFulfillMerchant merchant;
        String orderId;
        String id;
        DropwizardTestSupport<PayoutConfiguration> first = instance();
        first.before();
        try (SideDoor sideDoor = new SideDoor(Persistence.open(new DatabaseSettings(databaseUrl(), databaseUser(), ""),
                new MetricRegistry()))) {
            merchant = PayAndFulfillMerchant.create(sideDoor.persistence(), new HttpApi(first.getLocalPort()))
                    .subscribe(sideDoor.persistence(), new WebhookTarget(receiver.url("/hooks"), "u", "p", null),
                            EventLabel.REFUND);
            JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-restart-1", "28.00"));
            orderId = created.get("id").asText();
            id = created.at("/payments/0/id").asText();
            expressCheckout.ledger().pay(id);

            refundRequest.awaitArrival(PAYOUT);
            JsonNode decided = merchant.order("pf-restart-1");
            assertThat(decided.get("status").asText()).isEqualTo("FULFILLMENTS_FAILURE");
            assertThat(decided.get("refunds")).as(decided.toString()).hasSize(1);
            assertThat(decided.at("/refunds/0/status").asText()).as("decided, recorded, sent, unanswered")
                    .isEqualTo("PENDING");
        } finally {
            first.after();
        }
        refundRequest.release(Fault.DONE_THEN_DROP);
        Eventually.await("the refund made at Express Checkout", Duration.ofSeconds(5),
                () -> expressCheckout.ledger().refundsOf(id), refunds -> refunds.size() == 1);

        DropwizardTestSupport<PayoutConfiguration> second = instance();
        second.before();
        try {
            PayAndFulfillMerchant again = merchant.via(new HttpApi(second.getLocalPort()));
            JsonNode refunded = again.await("pf-restart-1", "refund SUCCESS", PAYOUT,
                    o -> o.at("/refunds/0/status").asText().equals("SUCCESS"));
            assertThat(refunded.get("refunds")).as(refunded.toString()).hasSize(1);
            assertThat(refunded.at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("28.00");
            String uniqueRequestId = refunded.at("/refunds/0/uniqueRequestId").asText();
            assertThat(uniqueRequestId).isEqualTo((orderId + "-r1").replace("-", ""));

            List<Call> requests = expressCheckout.calls(Route.REFUND, id);
            assertThat(requests).as("asked by the first instance, then again by the second").hasSizeGreaterThan(1)
                    .extracting(call -> call.form().get("unique_request_id")).containsOnly(uniqueRequestId);
            assertThat(expressCheckout.ledger().refundsOf(id)).as("refunds at Express Checkout").hasSize(1)
                    .allSatisfy(refund -> assertThat(refund.uniqueRequestId()).isEqualTo(uniqueRequestId));
            assertThat(refunded.at("/refunds/0/providerRefundId").asText())
                    .isEqualTo(expressCheckout.ledger().refundsOf(id).get(0).id());

            receiver.awaitOfOrder(orderId, "the refund reported", Duration.ofSeconds(5),
                    r -> CallbackChecks.labelValues(r).contains("REFUND SUCCESS"));
            again.holds("pf-restart-1", "refunded once", Duration.ofMillis(500), o -> o.get("refunds").size() == 1);
            assertThat(CallbackChecks.labelValues(receiver.ofOrder(orderId)))
                    .containsExactly("REFUND INITIATED", "REFUND SUCCESS");
            assertThat(expressCheckout.ledger().refundsOf(id)).hasSize(1);
        } finally {
            second.after();
        }
    }

    /** The test's own pool on the database, closed with try-with-resources. */
    private record SideDoor(Persistence persistence) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            persistence.close();
        }
    }
}
