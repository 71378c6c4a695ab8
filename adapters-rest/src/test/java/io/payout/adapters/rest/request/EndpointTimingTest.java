package io.payout.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.adapters.rest.support.TimedPayoutApplication;
import io.payout.adapters.rest.support.TimedPayoutApplication.Timing;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every request the API serves is timed under the resource method that served it, with its status. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EndpointTimingTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TimedPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private final ApiClient api = new ApiClient(APP.getLocalPort());

    @BeforeEach
    void forgetEarlierRequests() {
        app().timings().clear();
    }

    @Test
    void everyMerchantEndpointIsTimedUnderItsResourceMethod() throws Exception {
        String key = app().newMerchant("m-timed-all");
        assertThat(api.createOrder(key, OrderJson.full("ord-timed-1").toString()).status()).isEqualTo(200);
        assertThat(api.getOrder(key, "ord-timed-1").status()).isEqualTo(200);
        assertThat(api.listOrders(key, "").status()).isEqualTo(200);
        assertThat(api.callbacks(key, "ord-timed-1").status()).isEqualTo(200);
        assertThat(api.cancel(key, "0123456789abcdef0123456789abcd-f1").status()).isEqualTo(404);
        assertThat(api.redeliver(key, "no-such-callback").status()).isEqualTo(404);

        assertThat(awaitTimings(6)).extracting(Timing::endpoint, Timing::status).containsExactlyInAnyOrder(
                tuple("OrderResource.create", 200),
                tuple("OrderResource.status", 200),
                tuple("OrderResource.list", 200),
                tuple("OrderCallbacksResource.callbacks", 200),
                tuple("FulfillmentResource.cancel", 404),
                tuple("CallbackResource.redeliver", 404));
        assertThat(app().timings()).allSatisfy(timing -> assertThat(timing.nanos()).isPositive());
    }

    @Test
    void aRequestRefusedBeforeItsResourceRunsIsTimedUnderTheEndpointItWasFor() throws Exception {
        ApiResponse unauthorized = api.getOrder("not-a-key", "ord-x");
        ApiResponse invalid = api.createOrder(app().newMerchant("m-timed-bad"), "{\"orderId\": 5}");

        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(awaitTimings(2)).extracting(Timing::endpoint, Timing::status).containsExactlyInAnyOrder(
                tuple("OrderResource.status", 401),
                tuple("OrderResource.create", 400));
    }

    @Test
    void aPathNoResourceMatchesIsTimedAsUnmatched() throws Exception {
        ApiResponse notFound = api.getOrder("not-a-key", "ord-x/nothing/here");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(awaitTimings(1)).extracting(Timing::endpoint, Timing::status)
                .containsExactly(tuple(EndpointTimingListener.UNMATCHED, 404));
    }

    @Test
    void aBodyTooLargeForItsContentLengthIsRefusedBeforeMatchingAndTimedAsUnmatched() throws Exception {
        ApiResponse tooLarge = api.createOrder(app().newMerchant("m-timed-large"),
                "{\"orderId\": \"" + "x".repeat((int) TestPayoutApplication.MAX_REQUEST_BYTES) + "\"}");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(awaitTimings(1)).extracting(Timing::endpoint, Timing::status)
                .containsExactly(tuple(EndpointTimingListener.UNMATCHED, 413));
    }

    @Test
    void theWebhookAndSandboxEndpointsAreTimedToo() throws Exception {
        ApiResponse webhook = api.send(api.request("/payout/webhooks/collections/NOPE")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(webhook.status()).isGreaterThanOrEqualTo(400);
        assertThat(awaitTimings(1)).extracting(Timing::endpoint)
                .containsExactly("CollectionWebhookResource.collection");
    }

    /** The listener hears of a request once its response is written, which may be just after the client has it. */
    private static List<Timing> awaitTimings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (app().timings().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return List.copyOf(app().timings());
    }

    private static TimedPayoutApplication app() {
        return APP.getApplication();
    }
}
