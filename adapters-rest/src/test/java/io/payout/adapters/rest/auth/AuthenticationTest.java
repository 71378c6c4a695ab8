package io.payout.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.LogCapture;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class AuthenticationTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String ORDER = ApiClient.ORDERS + "/ord-auth-1";
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = app().newMerchant("m-auth");
        assertThat(api.createOrder(key, OrderJson.full("ord-auth-1").toString()).status()).isEqualTo(200);
    }

    @Test
    void noAuthorizationIs401E04WithABasicChallenge() {
        ApiResponse response = api.send(api.request(ORDER).GET().build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("E04");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"payout\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "Basic ", "Basic Og==", "Bearer abc"})
    void aBlankKeyOrAnotherSchemeIs401E04(String authorization) {
        ApiResponse response = api.send(api.request(ORDER).header("Authorization", authorization).GET().build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("E04");
    }

    @Test
    void anUnknownKeyIs401E02WithABasicChallengeAndIsNotLogged() {
        String unknownKey = "f".repeat(64);
        try (LogCapture log = LogCapture.everything()) {
            ApiResponse response = api.getOrder(unknownKey, "ord-auth-1");

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.errorCode()).isEqualTo("E02");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"payout\"");
            assertThat(response.body()).doesNotContain(unknownKey);
            assertThat(log.lines()).noneMatch(line -> line.contains(unknownKey));
        }
    }

    @Test
    void authorizationThatIsNotBase64Is401E02() {
        ApiResponse response = api.send(api.request(ORDER).header("Authorization", "Basic %%%").GET().build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("E02");
    }

    @Test
    void anExpiredKeyIs401E02AndTheNewKeyWorks() {
        String oldKey = app().newMerchant("m-rotating");
        String newKey = app().rotateKeyWithoutGrace("m-rotating");

        assertThat(api.createOrder(oldKey, OrderJson.full("ord-rotate-1").toString()).errorCode()).isEqualTo("E02");
        assertThat(api.createOrder(newKey, OrderJson.full("ord-rotate-1").toString()).status()).isEqualTo(200);
    }

    @Test
    void thePasswordIsIgnored() {
        String credentials = Base64.getEncoder().encodeToString((key + ":anything").getBytes(StandardCharsets.UTF_8));

        ApiResponse response = api.send(api.request(ORDER).header("Authorization", "Basic " + credentials).GET().build());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void xMerchantIdOfAnotherMerchantIs403E08() {
        ApiResponse response = api.send(api.request(ORDER).header("Authorization", ApiClient.basic(key))
                .header("x-merchantid", "m-someone-else").GET().build());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("E08");
    }

    @Test
    void xMerchantIdOfTheKeysMerchantIsAccepted() {
        ApiResponse response = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("x-merchantid", "m-auth").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(OrderJson.full("ord-auth-2").toString())).build());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void anotherMerchantsOrderIs404E09() {
        String otherKey = app().newMerchant("m-other");

        ApiResponse response = api.getOrder(otherKey, "ord-auth-1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    @Test
    void anOrderThatDoesNotExistIs404E09() {
        ApiResponse response = api.getOrder(key, "ord-never-created");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
