package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.RateLimitedPayoutApplication;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-merchant rate limit at {@link RateLimitedPayoutApplication#TIGHT} (0.5 a second, bursts of 3). Each test
 * has merchants of its own, whose buckets start full; time moves only with the test clock.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RateLimitTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            RateLimitedPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static ApiClient api;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
    }

    @Test
    void requestsWithinTheBurstAllPass() {
        String key = app().newMerchant("m-rate-within");

        assertThat(statuses(key, 3)).containsOnly(200);
    }

    @Test
    void requestsBeyondTheBurstGet429E10WithRetryAfter() {
        String key = app().newMerchant("m-rate-burst");
        statuses(key, 3);

        ApiResponse refused = api.listOrders(key, "");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("E10");
        assertThat(refused.json().path("error").asBoolean()).isTrue();
        assertThat(refused.json().path("userMessage").asText()).isEqualTo("Too many requests");
        assertThat(refused.errorMessage()).isEqualTo(
                "too many requests: at most 0.5 per second, in bursts of up to 3; retry after 2 s");
        assertThat(refused.header("Retry-After")).isEqualTo("2");
        assertThat(refused.header("x-request-id")).matches("[0-9a-f]{16}");
        assertThat(statuses(key, 5)).containsOnly(429);
    }

    @Test
    void everyAuthenticatedEndpointCountsAndARefusedCreateCreatesNothing() {
        String key = app().newMerchant("m-rate-create");
        statuses(key, 3);

        ApiResponse create = api.createOrder(key, OrderJson.full("ord-rate-1").toString());
        ApiResponse cancel = api.cancel(key, "0123456789abcdef0123456789abcd-f1");

        assertThat(create.status()).isEqualTo(429);
        assertThat(cancel.status()).isEqualTo(429);
        app().clock().advance(Duration.ofSeconds(2));
        assertThat(api.getOrder(key, "ord-rate-1").errorCode()).isEqualTo("E09");
    }

    @Test
    void anotherMerchantIsNotAffected() {
        String busy = app().newMerchant("m-rate-busy");
        String quiet = app().newMerchant("m-rate-quiet");
        statuses(busy, 4);

        assertThat(statuses(quiet, 3)).containsOnly(200);
        assertThat(api.listOrders(busy, "").status()).isEqualTo(429);
    }

    @Test
    void theBucketRefillsWithTime() {
        String key = app().newMerchant("m-rate-refill");
        statuses(key, 3);

        app().clock().advance(Duration.ofSeconds(1));
        ApiResponse halfway = api.listOrders(key, "");
        app().clock().advance(Duration.ofSeconds(1));
        List<Integer> afterTwoSeconds = statuses(key, 2);
        app().clock().advance(Duration.ofMinutes(10));
        List<Integer> afterALongPause = statuses(key, 4);

        assertThat(halfway.status()).isEqualTo(429);
        assertThat(halfway.header("Retry-After")).isEqualTo("1");
        assertThat(afterTwoSeconds).containsExactly(200, 429);
        assertThat(afterALongPause).as("the bucket holds no more than the burst").containsExactly(200, 200, 200, 429);
    }

    @Test
    void requestsThatFailAuthenticationAreNotCountedAgainstTheMerchant() {
        String key = app().newMerchant("m-rate-auth");
        for (int i = 0; i < 10; i++) {
            ApiResponse wrongKey = api.send(api.request(ApiClient.ORDERS).header("Authorization",
                    ApiClient.basic("f".repeat(64))).header("x-merchantid", "m-rate-auth").GET().build());
            assertThat(wrongKey.status()).isEqualTo(401);
            ApiResponse otherMerchant = api.send(api.request(ApiClient.ORDERS).header("Authorization",
                    ApiClient.basic(key)).header("x-merchantid", "m-rate-someone-else").GET().build());
            assertThat(otherMerchant.status()).isEqualTo(403);
        }

        assertThat(statuses(key, 3)).containsOnly(200);
    }

    @Test
    void requestsWithoutAnApiKeyAreNeverRateLimited() {
        List<Integer> unauthenticated = IntStream.range(0, 10)
                .mapToObj(i -> api.send(api.request(ApiClient.ORDERS).GET().build()).status()).toList();

        assertThat(unauthenticated).containsOnly(401);
    }

    private static List<Integer> statuses(String key, int requests) {
        return IntStream.range(0, requests).mapToObj(i -> api.listOrders(key, "").status()).toList();
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
