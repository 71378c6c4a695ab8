package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.AdmissionGatedPayoutApplication;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admission control at the API: with the engine 6 s behind (the limit is 5 s) a new order's create is refused with
 * 429 E10, {@code Retry-After} and the envelope, and nothing is written; everything else is served.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdmissionTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            AdmissionGatedPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final Duration BEHIND = Duration.ofSeconds(6);
    private static ApiClient api;
    private String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
    }

    @BeforeEach
    void newMerchantAndAnEngineThatKeepsUp() {
        key = app().newMerchant("m-admission-" + System.nanoTime());
        app().engineBehindBy(Duration.ZERO);
    }

    @Test
    void aCreateWhileTheEngineIsBehindGets429E10WithRetryAfterAndWritesNothing() {
        app().engineBehindBy(BEHIND);

        ApiResponse refused = api.createOrder(key, OrderJson.full("ord-adm-1").toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.json().path("error").asBoolean()).isTrue();
        assertThat(refused.errorCode()).isEqualTo("E10");
        assertThat(refused.json().path("userMessage").asText()).isEqualTo("Too many requests");
        assertThat(refused.errorMessage()).isEqualTo("not accepting new orders for now: payouts are running behind;"
                + " retry after 3 s with the same orderId");
        assertThat(refused.header("Retry-After")).isEqualTo("3");
        assertThat(refused.header("x-request-id")).matches("[0-9a-f]{16}");
        assertThat(api.getOrder(key, "ord-adm-1").errorCode()).as("nothing written").isEqualTo("E09");
    }

    @Test
    void aPayAndFulfillCreateIsRefusedToo() {
        app().engineBehindBy(BEHIND);

        ApiResponse refused = api.createOrder(key, OrderJson.payAndFulfill("ord-adm-paf").toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("E10");
        assertThat(api.getOrder(key, "ord-adm-paf").status()).isEqualTo(404);
    }

    @Test
    void statusReadsListsAndCancelsAreServedWhileCreatesAreRefused() {
        ApiResponse created = api.createOrder(key, OrderJson.full("ord-adm-2").toString());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().path("id").asText();
        app().engineBehindBy(BEHIND);

        ApiResponse status = api.getOrder(key, "ord-adm-2");
        ApiResponse list = api.listOrders(key, "");
        ApiResponse cancel = api.cancel(key, id + "-f1");

        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("id").asText()).isEqualTo(id);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        assertThat(cancel.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.createOrder(key, OrderJson.full("ord-adm-3").toString()).status()).isEqualTo(429);
    }

    @Test
    void aRepeatOfAnAcceptedCreateGetsItsOrderAndAReusedOrderIdIsAConflictWhileRefusing() {
        ApiResponse created = api.createOrder(key, OrderJson.full("ord-adm-4").toString());
        app().engineBehindBy(BEHIND);

        ApiResponse repeat = api.createOrder(key, OrderJson.full("ord-adm-4").toString());
        ApiResponse reused = api.createOrder(key, OrderJson.full("ord-adm-4").put("udf1", "other").toString());

        assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(created.json());
        assertThat(reused.status()).as(reused.body()).isEqualTo(409);
        assertThat(reused.errorCode()).isEqualTo("E05");
    }

    @Test
    void theSameCreateIsAcceptedOnceTheEngineHasCaughtUp() {
        app().engineBehindBy(BEHIND);
        assertThat(api.createOrder(key, OrderJson.full("ord-adm-5").toString()).status()).isEqualTo(429);

        app().engineBehindBy(Duration.ofSeconds(1));
        ApiResponse accepted = api.createOrder(key, OrderJson.full("ord-adm-5").toString());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(api.getOrder(key, "ord-adm-5").status()).isEqualTo(200);
    }

    private static AdmissionGatedPayoutApplication app() {
        return APP.getApplication();
    }
}
