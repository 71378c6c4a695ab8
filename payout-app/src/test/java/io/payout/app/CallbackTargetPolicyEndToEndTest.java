package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.domain.WebhookTarget;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server-side request forgery: with loopback targets not allowed (as in production), a callback to 127.0.0.1 (or to
 * a name resolving there, or to the cloud metadata address) is refused at once, never retried, and the endpoint
 * there hears nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallbackTargetPolicyEndToEndTest {
    private static final String URL = CallbackApps.h2Url("callback-ssrf");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL,
            ConfigOverride.config("callbacks.allowLoopbackTargets", "false"));

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
    void callbacksToTheCloudMetadataAddressAreRefusedAsLinkLocal() throws Exception {
        CallbackMerchant merchant = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()));
        merchant.createOrder(CallbackOrderJson.order("metadata", "3.00", new WebhookTarget(
                "http://169.254.169.254/latest/meta-data/", null, null, null)));
        merchant.awaitOrderStatus("metadata", "FULFILLMENTS_SUCCESSFUL", Duration.ofSeconds(20));

        JsonNode log = merchant.awaitDeliveryLog("metadata", "every callback given up", Duration.ofSeconds(5),
                l -> CallbackMerchant.all(l, 6, "FAILED"));
        assertThat(log).hasSize(6).allSatisfy(callback -> {
            assertThat(callback.get("attempts")).hasSize(1);
            assertThat(callback.at("/attempts/0/error").asText())
                    .isEqualTo("target refused: 169.254.169.254 resolves to a link-local address");
        });
    }

    @Test
    void callbacksToALoopbackAddressOrNameFailAfterOneAttemptThatSaysTheTargetWasRefused() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            CallbackMerchant merchant = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                    .subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), "u", "p", null));
            merchant.createOrder(CallbackOrderJson.order("inside", "3.00", new WebhookTarget(
                    receiver.url("/fulfillment").replace("127.0.0.1", "localhost"), "f", "pw", null)));
            merchant.awaitOrderStatus("inside", "FULFILLMENTS_SUCCESSFUL", Duration.ofSeconds(20));

            JsonNode log = merchant.awaitDeliveryLog("inside", "every callback given up", Duration.ofSeconds(5),
                    l -> CallbackMerchant.all(l, 6, "FAILED"));
            assertThat(log).hasSize(6).allSatisfy(callback -> {
                assertThat(callback.get("attempts")).as("attempts of %s", callback).hasSize(1);
                String host = callback.get("label").asText().equals("ORDER") ? "127.0.0.1" : "localhost";
                assertThat(callback.at("/attempts/0/error").asText())
                        .isEqualTo("target refused: " + host + " resolves to a loopback address");
                assertThat(callback.at("/attempts/0").has("httpStatus")).isFalse();
                assertThat(callback.has("nextAttemptAt")).isFalse();
            });
            assertThat(receiver.received()).isEmpty();
        }
    }
}
