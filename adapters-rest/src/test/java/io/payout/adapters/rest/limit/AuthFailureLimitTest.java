package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.AuthFailureLimitedPayoutApplication;
import io.payout.adapters.rest.support.LogCapture;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The failed-authentication limit at {@link AuthFailureLimitedPayoutApplication#TIGHT} (3 failures per client, one
 * forgiven every 2 s), over HTTP. Each test plays clients of its own, named by {@code X-Forwarded-For} (the test's
 * address is a trusted proxy); time moves only with the test clock.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthFailureLimitTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            AuthFailureLimitedPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String WRONG_KEY = "f".repeat(64);
    private static ApiClient api;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
    }

    @Test
    void aClientThatFailsTooOftenGets429E10WithRetryAfterInsteadOfAnotherTry() {
        List<Integer> guesses = IntStream.range(0, 3).mapToObj(i -> listFrom("198.51.100.1", WRONG_KEY).status())
                .toList();

        ApiResponse refused = listFrom("198.51.100.1", WRONG_KEY);

        assertThat(guesses).containsOnly(401);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("E10");
        assertThat(refused.json().path("userMessage").asText()).isEqualTo("Too many requests");
        assertThat(refused.errorMessage()).isEqualTo(
                "too many failed authentications from your address: at most 3 per 6 seconds; retry after 2 s");
        assertThat(refused.header("Retry-After")).isEqualTo("2");
        assertThat(refused.header("WWW-Authenticate")).isNull();
    }

    @Test
    void aBlockedClientIsRefusedEvenWithAValidKeyAndNothingIsDone() {
        String key = app().newMerchant("m-blocked-valid");
        fail("198.51.100.2", 3);

        ApiResponse create = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("Content-Type", "application/json").header(ClientAddresses.FORWARDED_FOR, "198.51.100.2")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(OrderJson.full("ord-blocked-1").toString()))
                .build());

        assertThat(create.status()).isEqualTo(429);
        assertThat(listFrom("198.51.100.2", key).status()).isEqualTo(429);
        assertThat(api.getOrder(key, "ord-blocked-1").errorCode()).as("from another address").isEqualTo("E09");
    }

    @Test
    void anotherClientIsNotAffected() {
        String key = app().newMerchant("m-blocked-other");
        fail("198.51.100.3", 3);

        assertThat(listFrom("198.51.100.4", key).status()).isEqualTo(200);
        assertThat(listFrom("198.51.100.4", WRONG_KEY).status()).isEqualTo(401);
        assertThat(listFrom("198.51.100.3", key).status()).isEqualTo(429);
    }

    @Test
    void aBlockedClientMayTryAgainOnceAFailureIsForgiven() {
        String key = app().newMerchant("m-blocked-recovers");
        fail("198.51.100.5", 3);
        assertThat(listFrom("198.51.100.5", key).status()).isEqualTo(429);

        app().clock().advance(Duration.ofSeconds(2));
        assertThat(listFrom("198.51.100.5", key).status()).isEqualTo(200);
        assertThat(listFrom("198.51.100.5", WRONG_KEY).status()).as("its one forgiven failure").isEqualTo(401);
        assertThat(listFrom("198.51.100.5", key).status()).isEqualTo(429);

        app().clock().advance(Duration.ofSeconds(6));
        assertThat(statusesFrom("198.51.100.5", WRONG_KEY, 4)).containsExactly(401, 401, 401, 429);
    }

    @Test
    void successesMissingKeysAndAnotherMerchantsIdAreNotFailures() {
        String key = app().newMerchant("m-not-failures");
        for (int i = 0; i < 10; i++) {
            assertThat(listFrom("198.51.100.6", key).status()).isEqualTo(200);
            assertThat(api.send(api.request(ApiClient.ORDERS).header(ClientAddresses.FORWARDED_FOR, "198.51.100.6")
                    .GET().build()).errorCode()).isEqualTo("E04");
            assertThat(api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                    .header("x-merchantid", "m-someone-else").header(ClientAddresses.FORWARDED_FOR, "198.51.100.6")
                    .GET().build()).errorCode()).isEqualTo("E08");
        }

        assertThat(statusesFrom("198.51.100.6", WRONG_KEY, 3)).containsOnly(401);
    }

    @Test
    void aBasicHeaderThatIsNotBase64CountsAsAFailure() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.send(api.request(ApiClient.ORDERS).header("Authorization", "Basic !!!")
                    .header(ClientAddresses.FORWARDED_FOR, "198.51.100.7").GET().build()).errorCode()).isEqualTo("E02");
        }

        assertThat(listFrom("198.51.100.7", WRONG_KEY).status()).isEqualTo(429);
    }

    @Test
    void aClientNamedToTheLeftOfTheProxysEntryIsNotBelieved() {
        String key = app().newMerchant("m-spoofing");
        fail("198.51.100.8", 3);

        ApiResponse spoofed = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header(ClientAddresses.FORWARDED_FOR, "203.0.113.99, 198.51.100.8").GET().build());

        assertThat(spoofed.status()).isEqualTo(429);
    }

    @Test
    void eachBlockedClientIsLoggedOnceAWindowWithoutTheKeyAndEveryRefusalIsCounted() {
        String key = app().newMerchant("m-logged");
        long blockedBefore = blockedCount();
        try (LogCapture log = LogCapture.of(AuthFailureGuard.class)) {
            fail("198.51.100.9", 3);
            for (int i = 0; i < 5; i++) {
                listFrom("198.51.100.9", key);
                listFrom("198.51.100.9", WRONG_KEY);
            }
            app().clock().advance(Duration.ofSeconds(6));
            fail("198.51.100.9", 3);
            listFrom("198.51.100.9", key);

            assertThat(log.lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                    .contains("198.51.100.9", "over the limit of 3 failed authentications per 6 seconds")
                    .doesNotContain(key, WRONG_KEY));
        }
        assertThat(blockedCount() - blockedBefore).isEqualTo(11);
    }

    private static long blockedCount() {
        return APP.getEnvironment().metrics().counter(AuthFailureGuard.BLOCKED).getCount();
    }

    private static void fail(String client, int times) {
        assertThat(statusesFrom(client, WRONG_KEY, times)).containsOnly(401);
    }

    private static List<Integer> statusesFrom(String client, String key, int requests) {
        return IntStream.range(0, requests).mapToObj(i -> listFrom(client, key).status()).toList();
    }

    private static ApiResponse listFrom(String client, String key) {
        return api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header(ClientAddresses.FORWARDED_FOR, client).GET().build());
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
