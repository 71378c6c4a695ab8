package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.FakeExpressCheckout.Route;
import io.payout.domain.WebhookTarget;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pay and Fulfill through Express Checkout (a {@link FakeExpressCheckout}) with a payment window of two seconds. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillExpiryEndToEndTest {
    private static final String URL = CallbackApps.h2Url("pay-and-fulfill-expiry");
    private static final FakeExpressCheckout EXPRESS_CHECKOUT = FakeExpressCheckout.start();
    private static final CallbackReceiver RECEIVER = CallbackReceiver.start();

    static final DropwizardAppExtension<PayoutConfiguration> APP = PayAndFulfillApps.expressCheckout(EXPRESS_CHECKOUT,
            URL, ConfigOverride.config("collections.paymentWindow", "2s"));

    private static Persistence sideDoor;

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

    @Test
    void anOrderUnpaidWhenItsPaymentWindowEndsIsCancelledAndItsPaymentExpiredWithAReason() throws Exception {
        PayAndFulfillMerchant merchant = PayAndFulfillMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                .subscribe(sideDoor, new WebhookTarget(RECEIVER.url("/hooks"), "u", "p", null));
        JsonNode created = merchant.created(PayAndFulfillOrderJson.order("pf-expiry-1", "10.00"));
        String id = created.at("/payments/0/id").asText();
        Instant expiresAt = Instant.parse(created.at("/payments/0/expiresAt").asText());
        assertThat(Duration.between(Instant.parse(created.at("/payments/0/createdAt").asText()), expiresAt))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(EXPRESS_CHECKOUT.calls(Route.CREATE, id).get(0).form())
                .as("the provider told how long the end user may pay, in whole minutes")
                .containsEntry("metadata.expiryInMins", "1");

        JsonNode cancelled = merchant.awaitStatus("pf-expiry-1", "FULFILLMENTS_CANCELLED", Duration.ofSeconds(10));
        assertThat(Instant.now()).isAfterOrEqualTo(expiresAt);
        assertThat(cancelled.at("/payments/0/status").asText()).as(cancelled.toString()).isEqualTo("EXPIRED");
        assertThat(cancelled.at("/payments/0/reason").asText()).as(cancelled.toString()).isNotBlank();
        assertThat(cancelled.at("/fulfillments/0/status").asText()).isEqualTo("CANCELLED");
        assertThat(PayAndFulfillMerchant.noTransactions(cancelled)).isTrue();
        assertThat(cancelled.get("refunds")).as("nothing was collected").isEmpty();
        assertThat(EXPRESS_CHECKOUT.calls(Route.STATUS, id)).as("the provider asked whether it was paid").isNotEmpty();

        String orderId = created.get("id").asText();
        RECEIVER.awaitOfOrder(orderId, "the cancellation reported", Duration.ofSeconds(5),
                r -> CallbackChecks.labelValues(r).contains("ORDER FULFILLMENTS_CANCELLED"));
        assertThat(CallbackChecks.labelValues(RECEIVER.ofOrder(orderId)))
                .containsExactly("FULFILLMENT_ORDER CANCELLED", "ORDER FULFILLMENTS_CANCELLED");
    }
}
