package io.payout.app;

import static io.payout.app.CallbackChecks.SUCCESSFUL_PAYOUT;
import static io.payout.app.CallbackChecks.labelValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.app.CallbackReceiver.Received;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redelivery makes one more attempt "whatever the callback's state", so a merchant who asks twice in a row gets two
 * posts of the callback in flight together. Both attempts belong in the delivery log, and the relay must go on
 * delivering every merchant's callbacks. (An application of its own: when this fails, the instance's relay stops.)
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallbackRedeliveryRaceEndToEndTest {
    private static final int ROUNDS = 30;
    private static final String URL = CallbackApps.h2Url("callback-redelivery-race");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL);

    private static Persistence sideDoor;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @Test
    void twoRedeliveriesAnsweredTogetherAreBothLoggedAndEveryonesCallbacksKeepFlowing() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            CallbackMerchant merchant = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                    .subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null), EventLabel.ORDER);
            String callbackId = merchant.createOrder(CallbackOrderJson.order("race-1", "2.00")) + "-c2";
            merchant.awaitDeliveryLog("race-1", "both ORDER callbacks delivered", Duration.ofSeconds(20),
                    l -> CallbackMerchant.all(l, 2, "DELIVERED"));

            // the two posts finish at the same moment only sometimes in the same relay round: try several times
            for (int round = 1; round <= ROUNDS; round++) {
                int attempts = merchant.deliveryLog("race-1").get(1).get("attempts").size();
                long arrived = receiver.arrivals();
                receiver.answerTogether(2);
                assertThat(merchant.redeliver(callbackId).statusCode()).isEqualTo(202);
                Eventually.await("the first redelivery in flight", Duration.ofSeconds(5), receiver::arrivals,
                        n -> n > arrived);
                assertThat(merchant.redeliver(callbackId).statusCode()).isEqualTo(202);
                JsonNode log = merchant.awaitDeliveryLog("race-1", "round " + round + ": both attempts logged",
                        Duration.ofSeconds(5), l -> l.get(1).get("attempts").size() == attempts + 2
                                && l.get(1).get("status").asText().equals("DELIVERED"));
                assertThat(log.get(1).get("attempts")).extracting(a -> a.get("httpStatus").asInt()).containsOnly(200);
            }

            CallbackMerchant other = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                    .subscribe(sideDoor, new WebhookTarget(receiver.url("/other"), null, null, null));
            String orderId = other.createOrder(CallbackOrderJson.order("after-race", "3.00"));
            List<Received> life = receiver.awaitOfOrder(orderId, "another merchant's callbacks delivered",
                    Duration.ofSeconds(20), r -> r.size() == SUCCESSFUL_PAYOUT.size());
            assertThat(labelValues(life)).containsExactlyElementsOf(SUCCESSFUL_PAYOUT);
        }
    }
}
