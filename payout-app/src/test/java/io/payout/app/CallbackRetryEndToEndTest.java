package io.payout.app;

import static io.payout.app.CallbackChecks.SUCCESSFUL_PAYOUT;
import static io.payout.app.CallbackChecks.assertNextOnlyAfterThePreviousWasDelivered;
import static io.payout.app.CallbackChecks.assertOnceEachInSequence;
import static io.payout.app.CallbackChecks.assertSignedWith;
import static io.payout.app.CallbackChecks.labelValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.CallbackReceiver.Received;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant endpoint that fails, is down or is slow, against the whole application with test-config.yml's
 * compressed schedule (4 retries 300 ms apart, 2 s timeout): retries keep an order's callbacks in sequence, the
 * delivery log shows every attempt, and redelivery (by the merchant or the operator's task) finishes the job.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallbackRetryEndToEndTest {
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private static final String URL = CallbackApps.h2Url("callback-retries");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL);

    private static Persistence sideDoor;
    private CallbackReceiver receiver;
    private CallbackMerchant merchant;

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
        merchant = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aReceiverThatFailsThreeTimesThenRecoversGetsEveryCallbackInSequence() throws Exception {
        merchant.subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null));
        receiver.failNext(3);
        String orderId = merchant.createOrder(CallbackOrderJson.order("flaky", "6.00"));

        List<Received> requests = receiver.awaitOfOrder(orderId, "the whole life delivered", PAYOUT,
                r -> r.stream().anyMatch(c -> c.delivered() && c.labelValue().equals("ORDER FULFILLMENTS_SUCCESSFUL")));
        assertThat(requests.subList(0, 4)).as("the first callback, until it got through")
                .extracting(Received::id, Received::answeredWith).containsExactly(
                        tuple(orderId + "-c1", 500),
                        tuple(orderId + "-c1", 500),
                        tuple(orderId + "-c1", 500),
                        tuple(orderId + "-c1", 200));
        for (int i = 1; i < 4; i++) {
            assertThat(Duration.between(requests.get(i - 1).at(), requests.get(i).at()))
                    .as("retry %d waited for the schedule's 300 ms", i).isGreaterThanOrEqualTo(Duration.ofMillis(250));
            assertThat(requests.get(i).body()).as("the same bytes on every attempt").isEqualTo(requests.get(0).body());
        }
        assertNextOnlyAfterThePreviousWasDelivered(requests);
        List<Received> delivered = requests.stream().filter(Received::delivered).toList();
        assertThat(labelValues(delivered)).containsExactlyElementsOf(SUCCESSFUL_PAYOUT);
        assertOnceEachInSequence(orderId, delivered);
        assertThat(requests).hasSize(9);

        JsonNode log = merchant.awaitDeliveryLog("flaky", "every callback delivered", Duration.ofSeconds(5),
                l -> CallbackMerchant.all(l, 6, "DELIVERED"));
        assertThat(log.get(0).get("attempts")).extracting(a -> a.get("httpStatus").asInt())
                .containsExactly(500, 500, 500, 200);
        for (int i = 1; i < 6; i++) {
            assertThat(log.get(i).get("attempts")).as("attempts of %s", log.get(i)).hasSize(1);
        }
    }

    @Test
    void callbacksToAReceiverDownPastTheScheduleFailAndAreDeliveredByRedeliveryOnceItIsBack() throws Exception {
        merchant.subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null), EventLabel.ORDER);
        receiver.goDown();
        String orderId = merchant.createOrder(CallbackOrderJson.order("down", "8.00"));

        JsonNode failed = merchant.awaitDeliveryLog("down", "both ORDER callbacks given up", PAYOUT,
                l -> l.size() == 2 && CallbackMerchant.all(l, 2, "FAILED"));
        assertThat(failed).extracting(c -> c.get("id").asText(), c -> c.get("label").asText() + " "
                        + c.get("value").asText())
                .as("only the labels asked for, numbered without gaps").containsExactly(
                        tuple(orderId + "-c1", "ORDER FULFILLMENTS_SCHEDULED"),
                        tuple(orderId + "-c2", "ORDER FULFILLMENTS_SUCCESSFUL"));
        for (JsonNode callback : failed) {
            assertThat(callback.get("attempts")).as("the first try and 4 retries of %s", callback).hasSize(5);
            assertThat(callback.get("attempts")).allSatisfy(attempt -> {
                assertThat(attempt.has("httpStatus")).isFalse();
                assertThat(attempt.get("error").asText()).isEqualTo("connection refused");
            });
            assertThat(callback.has("nextAttemptAt")).isFalse();
            assertThat(callback.has("deliveredAt")).isFalse();
        }
        assertThat(receiver.received()).isEmpty();

        assertThat(merchant.redeliver(orderId + "-c1").statusCode()).isEqualTo(202);
        JsonNode stillDown = merchant.awaitDeliveryLog("down", "one more attempt while still down",
                Duration.ofSeconds(5), l -> l.get(0).get("attempts").size() == 6
                        && l.get(0).get("status").asText().equals("FAILED"));
        assertThat(stillDown.at("/0/attempts/5/error").asText()).as("one attempt, then FAILED again")
                .isEqualTo("connection refused");

        receiver.comeBack();
        HttpResponse<String> redelivery = merchant.redeliver(orderId + "-c1");
        assertThat(redelivery.statusCode()).as(redelivery.body()).isEqualTo(202);
        assertThat(CallbackMerchant.json(redelivery.body()).get("id").asText()).isEqualTo(orderId + "-c1");
        List<Received> first = receiver.awaitOfOrder(orderId, "c1 redelivered", Duration.ofSeconds(5),
                r -> r.size() == 1);
        assertThat(first.get(0).id()).isEqualTo(orderId + "-c1");
        assertSignedWith(merchant.webhookSecret(), first.get(0));
        JsonNode afterOne = merchant.awaitDeliveryLog("down", "c1 delivered", Duration.ofSeconds(5),
                l -> l.get(0).get("status").asText().equals("DELIVERED"));
        assertThat(afterOne.get(0).get("attempts")).hasSize(7);
        assertThat(afterOne.get(0).at("/attempts/6/httpStatus").asInt()).isEqualTo(200);
        assertThat(afterOne.get(1).get("status").asText()).as("only the callback asked for").isEqualTo("FAILED");

        HttpApi admin = new HttpApi(APP.getAdminPort());
        Instant now = Instant.now();
        assertThat(task(admin, now.minusSeconds(7200), now.minusSeconds(3600)))
                .isEqualTo("0 failed callbacks of merchant " + merchant.id() + " will be sent again");
        assertThat(task(admin, now.minusSeconds(600), now.plusSeconds(600)))
                .isEqualTo("1 failed callbacks of merchant " + merchant.id() + " will be sent again");
        assertThat(admin.post("/tasks/order-history?merchant=" + merchant.id() + "&orderId=down", null, "").body())
                .as("the operator's redelivery in the order's history")
                .contains("OPERATOR REDELIVER_CALLBACKS " + merchant.id() + " by asha: receiver was down");
        assertThat(admin.post("/tasks/operator-log?from=" + now.minusSeconds(60) + "&to=" + now.plusSeconds(60), null,
                "").body()).contains("REDELIVER_CALLBACKS " + merchant.id() + " merchant=" + merchant.id()
                + " by asha: receiver was down");
        List<Received> both = receiver.awaitOfOrder(orderId, "c2 redelivered", Duration.ofSeconds(5),
                r -> r.size() == 2);
        assertThat(both).extracting(Received::id).containsExactly(orderId + "-c1", orderId + "-c2");
        JsonNode delivered = merchant.awaitDeliveryLog("down", "all delivered", Duration.ofSeconds(5),
                l -> CallbackMerchant.all(l, 2, "DELIVERED"));
        assertThat(delivered.get(1).get("attempts")).hasSize(6);
        assertThat(receiver.ofOrder(orderId)).hasSize(2);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsAFailedAttemptAndTheSameCallbackIsSentAgain() throws Exception {
        merchant.subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null), EventLabel.ORDER);
        receiver.answerSlowly(1, Duration.ofMillis(2_600));
        String orderId = merchant.createOrder(CallbackOrderJson.order("slow", "9.00"));

        JsonNode log = merchant.awaitDeliveryLog("slow", "both ORDER callbacks delivered", PAYOUT,
                l -> CallbackMerchant.all(l, 2, "DELIVERED"));
        assertThat(log.get(0).get("attempts")).hasSize(2);
        assertThat(log.at("/0/attempts/0/error").asText()).isEqualTo("timed out after 2000 ms");
        assertThat(log.at("/0/attempts/0/durationMs").asLong()).isBetween(2_000L, 2_600L);
        assertThat(log.at("/0/attempts/1/httpStatus").asInt()).isEqualTo(200);
        List<Received> requests = receiver.awaitOfOrder(orderId, "c1 twice and c2", Duration.ofSeconds(5),
                r -> r.size() == 3);
        assertThat(requests).extracting(Received::id)
                .as("the slow attempt and its retry carry the same id, so the receiver can drop the duplicate")
                .containsExactly(orderId + "-c1", orderId + "-c1", orderId + "-c2");
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() throws Exception {
        merchant.subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null), EventLabel.ORDER);
        receiver.answerNext(1, 302, Map.of("Location", receiver.url("/elsewhere")));
        merchant.createOrder(CallbackOrderJson.order("redirected", "5.00"));

        JsonNode log = merchant.awaitDeliveryLog("redirected", "both ORDER callbacks delivered", PAYOUT,
                l -> CallbackMerchant.all(l, 2, "DELIVERED"));
        assertThat(log.get(0).get("attempts")).extracting(a -> a.get("httpStatus").asInt()).containsExactly(302, 200);
        assertThat(receiver.received()).extracting(Received::path).containsOnly("/hooks");
    }

    @Test
    void retryAfterPostponesTheNextAttemptButNoLongerThanTheConfiguredMaximum() throws Exception {
        merchant.subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null), EventLabel.ORDER);
        receiver.answerNext(1, 503, Map.of("Retry-After", "3600"));
        String orderId = merchant.createOrder(CallbackOrderJson.order("later", "5.00"));

        List<Received> requests = receiver.awaitOfOrder(orderId, "c1 delivered after a 503", PAYOUT,
                r -> r.size() >= 2);
        assertThat(requests.subList(0, 2)).extracting(Received::id, Received::answeredWith)
                .containsExactly(tuple(orderId + "-c1", 503), tuple(orderId + "-c1", 200));
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
                .as("Retry-After (3600 s) over the schedule's 300 ms, capped by maxRetryAfter (1 s)")
                .isBetween(Duration.ofMillis(950), Duration.ofMillis(3_000));
    }

    private String task(HttpApi admin, Instant from, Instant to) {
        HttpResponse<String> response = admin.post("/tasks/redeliver-callbacks?merchant=" + merchant.id() + "&from="
                + from + "&to=" + to + "&operator=asha&reason=receiver%20was%20down", null, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().trim();
    }
}
