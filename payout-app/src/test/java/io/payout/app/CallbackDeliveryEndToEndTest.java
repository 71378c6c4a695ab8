package io.payout.app;

import static io.payout.app.CallbackChecks.SUCCESSFUL_PAYOUT;
import static io.payout.app.CallbackChecks.assertEachTransactionInitiatedOnceThenItsOutcome;
import static io.payout.app.CallbackChecks.assertOnceEachInSequence;
import static io.payout.app.CallbackChecks.assertSignedWith;
import static io.payout.app.CallbackChecks.basicAuth;
import static io.payout.app.CallbackChecks.labelValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.callback.WebhookSigner;
import io.payout.app.CallbackReceiver.Received;
import io.payout.domain.WebhookTarget;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Callbacks as a merchant's endpoint receives them from the whole application, started for real on H2 and paying
 * through the DUMMY sandbox (which loses some gateway answers on purpose): what arrives, in which order, where, with
 * which credentials and signature, and who may read the delivery log.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallbackDeliveryEndToEndTest {
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private static final String URL = CallbackApps.h2Url("callbacks");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL);

    private static Persistence sideDoor;
    private CallbackReceiver receiver;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @BeforeEach
    void startReceiver() {
        receiver = CallbackReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private CallbackMerchant merchant() {
        return CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()));
    }

    @Test
    void successfulPayoutsReportTheirWholeLifeOnceEachInSequenceWithTheMerchantsCredentialsAndSignature()
            throws Exception {
        CallbackMerchant merchant = merchant().subscribe(sideDoor, new WebhookTarget(receiver.url("/acme/hooks"),
                "payout", "hook-pw", "{\"X-Acme-Env\":\"prod\",\"Authorization\":\"Basic Zm9yZ2Vk\","
                        + "\"webhook-id\":\"forged\",\"Content-Type\":\"text/plain\"}"));
        // several payouts, so that some of them meet the answers DUMMY loses on purpose
        Map<String, String> orderIds = new LinkedHashMap<>();
        for (String rupees : List.of("1", "3", "5", "7", "10")) {
            orderIds.put("life-" + rupees, merchant.createOrder(CallbackOrderJson.order("life-" + rupees,
                    rupees + ".00")));
        }

        for (Map.Entry<String, String> order : orderIds.entrySet()) {
            String orderId = order.getValue();
            List<Received> life = receiver.awaitOfOrder(orderId, "the whole life of " + orderId, PAYOUT,
                    r -> labelValues(r).contains("ORDER FULFILLMENTS_SUCCESSFUL"));
            assertThat(labelValues(life)).as("callbacks of %s as they arrived", orderId)
                    .containsExactlyElementsOf(SUCCESSFUL_PAYOUT);
            assertOnceEachInSequence(orderId, life);
            assertEachTransactionInitiatedOnceThenItsOutcome(life);
            assertThat(life.get(1).json().at("/info/id").asText()).isEqualTo(orderId + "-f1");
            assertThat(life.get(3).json().at("/info/fulfillmentId").asText()).isEqualTo(orderId + "-f1");
            assertThat(life.get(5).json().at("/info/id").asText()).isEqualTo(orderId);
            for (Received callback : life) {
                assertThat(callback.method()).isEqualTo("POST");
                assertThat(callback.path()).isEqualTo("/acme/hooks");
                assertThat(callback.header("Authorization")).isEqualTo(basicAuth("payout", "hook-pw"));
                assertThat(callback.header("X-Acme-Env")).isEqualTo("prod");
                assertThat(callback.header("Content-Type")).startsWith("application/json");
                assertThat(callback.headers().get(WebhookSigner.ID_HEADER)).hasSize(1);
                assertThat(callback.header(WebhookSigner.SIGNATURE_HEADER)).doesNotContain(" ");
                assertSignedWith(merchant.webhookSecret(), callback);
                assertThat(callback.bodyText()).doesNotContain("hook-pw");
            }

            assertInfoIsWhatTheStatusApiShows(merchant, order.getKey(), life);

            JsonNode log = merchant.awaitDeliveryLog(order.getKey(), "every callback delivered",
                    Duration.ofSeconds(5), l -> CallbackMerchant.all(l, 6, "DELIVERED"));
            assertThat(log).hasSize(6);
            for (JsonNode callback : log) {
                assertThat(callback.get("url").asText()).isEqualTo(receiver.url("/acme/hooks"));
                assertThat(callback.get("attempts")).hasSize(1);
                assertThat(callback.at("/attempts/0/httpStatus").asInt()).isEqualTo(200);
                assertThat(callback.has("deliveredAt")).isTrue();
            }
            assertThat(receiver.ofOrder(orderId)).as("nothing sent twice").hasSize(6);
        }
        Received any = receiver.received().get(0);
        assertThat(WebhookSigner.verify(merchant().webhookSecret(), any.id(),
                any.header(WebhookSigner.TIMESTAMP_HEADER), any.header(WebhookSigner.SIGNATURE_HEADER), any.body(),
                Instant.now())).as("another merchant's secret does not verify").isFalse();
    }

    /** The final callbacks' info equals what order status shows now that nothing changes any more. */
    private void assertInfoIsWhatTheStatusApiShows(CallbackMerchant merchant, String merchantOrderId,
                                                   List<Received> life) {
        JsonNode plain = CallbackMerchant.json(new HttpApi(APP.getLocalPort())
                .get("/payout/merchant/v1/orders/" + merchantOrderId, merchant.apiKey()).body());
        JsonNode expanded = merchant.order(merchantOrderId);
        assertThat(life.get(5).json().get("info")).as("ORDER info").isEqualTo(plain);
        assertThat(life.get(4).json().get("info")).as("FULFILLMENT_ORDER info").isEqualTo(plain.at("/fulfillments/0"));
        ObjectNode transaction = life.get(3).json().get("info").deepCopy();
        assertThat(transaction.remove("fulfillmentId").asText()).isEqualTo(plain.at("/fulfillments/0/id").asText());
        assertThat(transaction).as("FULFILLMENT_TXN info").isEqualTo(expanded.at("/fulfillments/0/transactions/0"));
    }

    @Test
    void aFailedPayoutEndsWithFulfillmentsFailureAsItsLastCallback() throws Exception {
        CallbackMerchant merchant = merchant().subscribe(sideDoor,
                new WebhookTarget(receiver.url("/hooks"), null, null, null));
        String orderId = merchant.createOrder(CallbackOrderJson.order("fails", "28.00"));

        List<Received> life = receiver.awaitOfOrder(orderId, "the order's failure reported", Duration.ofSeconds(40),
                r -> labelValues(r).contains("ORDER FULFILLMENTS_FAILURE"));
        assertOnceEachInSequence(orderId, life);
        assertEachTransactionInitiatedOnceThenItsOutcome(life);
        List<String> values = labelValues(life);
        assertThat(values.subList(0, 2)).containsExactly("ORDER FULFILLMENTS_SCHEDULED", "FULFILLMENT_ORDER INITIATED");
        assertThat(values.subList(values.size() - 2, values.size()))
                .containsExactly("FULFILLMENT_ORDER FAILURE", "ORDER FULFILLMENTS_FAILURE");
        assertThat(values).filteredOn(v -> v.startsWith("FULFILLMENT_TXN ") && !v.endsWith(" INITIATED"))
                .isNotEmpty().containsOnly("FULFILLMENT_TXN FAILURE");
        assertThat(life.get(0).header("Authorization")).as("no username, no Basic auth").isNull();
        assertThat(merchant.order("fails").get("status").asText()).isEqualTo("FULFILLMENTS_FAILURE");
        JsonNode log = merchant.awaitDeliveryLog("fails", "every callback delivered", Duration.ofSeconds(5),
                l -> CallbackMerchant.all(l, life.size(), "DELIVERED"));
        assertThat(log).hasSize(life.size());
        assertThat(receiver.ofOrder(orderId)).as("nothing after the final ORDER callback").hasSize(life.size());
    }

    @Test
    void aFulfillmentsOwnWebhookDetailsGetItsCallbacksWhileTheMerchantUrlGetsTheOrderOnes() throws Exception {
        CallbackMerchant merchant = merchant().subscribe(sideDoor, new WebhookTarget(receiver.url("/merchant"),
                "merchant-user", "merchant-pw", "{\"X-Acme-Env\":\"prod\"}"));
        String orderId = merchant.createOrder(CallbackOrderJson.order("own-hook", "4.00", new WebhookTarget(
                receiver.url("/fulfillment"), "f-user", "f-secret-pw", "{\"X-Fulfillment\":\"f1\"}")));

        List<Received> life = receiver.awaitOfOrder(orderId, "the whole life", PAYOUT,
                r -> labelValues(r).contains("ORDER FULFILLMENTS_SUCCESSFUL"));
        assertThat(labelValues(life)).containsExactlyElementsOf(SUCCESSFUL_PAYOUT);
        assertOnceEachInSequence(orderId, life);
        for (Received callback : life) {
            boolean order = callback.labelValue().startsWith("ORDER ");
            assertThat(callback.path()).as("target of %s", callback).isEqualTo(order ? "/merchant" : "/fulfillment");
            assertThat(callback.header("Authorization")).as("credentials of %s", callback)
                    .isEqualTo(order ? basicAuth("merchant-user", "merchant-pw") : basicAuth("f-user", "f-secret-pw"));
            assertThat(callback.header("X-Fulfillment")).isEqualTo(order ? null : "f1");
            assertThat(callback.header("X-Acme-Env")).isEqualTo(order ? "prod" : null);
            assertSignedWith(merchant.webhookSecret(), callback);
            assertThat(callback.bodyText()).doesNotContain("f-secret-pw").doesNotContain("merchant-pw");
        }
        JsonNode log = merchant.awaitDeliveryLog("own-hook", "every callback delivered", Duration.ofSeconds(5),
                l -> CallbackMerchant.all(l, 6, "DELIVERED"));
        for (JsonNode callback : log) {
            assertThat(callback.get("url").asText()).isEqualTo(receiver.url(
                    callback.get("label").asText().equals("ORDER") ? "/merchant" : "/fulfillment"));
        }
        assertThat(log.toString()).doesNotContain("f-secret-pw").doesNotContain("f-user");
    }

    @Test
    void aChangedConfigurationAppliesToLaterStatusChangesNotToCallbacksAlreadyWritten() throws Exception {
        try (CallbackReceiver old = CallbackReceiver.start()) {
            old.goDown();
            CallbackMerchant merchant = merchant().subscribe(sideDoor,
                    new WebhookTarget(old.url("/old"), null, null, null));
            String before = merchant.createOrder(CallbackOrderJson.order("before-change", "2.00"));
            merchant.awaitOrderStatus("before-change", "FULFILLMENTS_SUCCESSFUL", PAYOUT);

            merchant.subscribe(sideDoor, new WebhookTarget(receiver.url("/new"), null, null, null));
            Thread.sleep(300); // callbacks.merchantCacheTtl (100 ms): no request can tell when a server has seen it
            String after = merchant.createOrder(CallbackOrderJson.order("after-change", "2.00"));

            List<Received> life = receiver.awaitOfOrder(after, "the later order's life", PAYOUT,
                    r -> labelValues(r).contains("ORDER FULFILLMENTS_SUCCESSFUL"));
            assertThat(labelValues(life)).containsExactlyElementsOf(SUCCESSFUL_PAYOUT);
            assertThat(merchant.deliveryLog("before-change")).hasSize(6).allSatisfy(callback ->
                    assertThat(callback.get("url").asText()).isEqualTo(old.url("/old")));
            assertThat(receiver.ofOrder(before)).isEmpty();
        }
    }

    @Test
    void anotherMerchantCannotReadTheDeliveryLogNorRedeliverTheCallbacks() throws Exception {
        CallbackMerchant owner = merchant().subscribe(sideDoor,
                new WebhookTarget(receiver.url("/hooks"), null, null, null));
        String orderId = owner.createOrder(CallbackOrderJson.order("private-1", "2.00"));
        receiver.awaitOfOrder(orderId, "the whole life", PAYOUT,
                r -> labelValues(r).contains("ORDER FULFILLMENTS_SUCCESSFUL"));
        owner.awaitDeliveryLog("private-1", "every callback delivered", Duration.ofSeconds(5),
                l -> CallbackMerchant.all(l, 6, "DELIVERED"));
        CallbackMerchant other = merchant();

        HttpResponse<String> log = other.deliveryLogResponse("private-1");
        assertThat(log.statusCode()).as(log.body()).isEqualTo(404);
        assertThat(CallbackMerchant.json(log.body()).get("errorCode").asText()).isEqualTo("E09");
        HttpResponse<String> redelivery = other.redeliver(orderId + "-c1");
        assertThat(redelivery.statusCode()).as(redelivery.body()).isEqualTo(404);
        assertThat(CallbackMerchant.json(redelivery.body()).get("errorCode").asText()).isEqualTo("E09");
        other.createOrder(CallbackOrderJson.order("private-1", "2.00"));
        assertThat(other.deliveryLog("private-1").toString()).as("the same orderId of another merchant")
                .doesNotContain(orderId);

        assertThat(owner.deliveryLog("private-1").get(0).get("attempts")).as("untouched by the other merchant")
                .hasSize(1);
        HttpResponse<String> own = owner.redeliver(orderId + "-c1");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(202);
        assertThat(CallbackMerchant.json(own.body()).get("id").asText()).isEqualTo(orderId + "-c1");
        List<Received> again = receiver.awaitOfOrder(orderId, "c1 delivered again", Duration.ofSeconds(5),
                r -> r.size() == 7);
        assertThat(again.get(6).id()).isEqualTo(orderId + "-c1");
        assertThat(again.get(6).body()).as("the same callback, byte for byte").isEqualTo(again.get(0).body());
    }
}
