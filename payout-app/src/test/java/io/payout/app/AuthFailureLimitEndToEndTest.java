package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.domain.MerchantId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Brute force against API keys, over raw sockets, against the whole application on its real clock: with
 * {@code authFailureLimit} at 3 failures per 15 s (one forgiven every 5 s) and the test's own address as the trusted
 * proxy (so {@code X-Forwarded-For} names the client each request plays), a guessing client is cut off after 3
 * failures, is refused with 429 E10 even with a valid key while blocked, leaves other clients alone, gets in again
 * once a failure is forgiven, and every refusal is counted in {@code payout_api_auth_blocked_total}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthFailureLimitEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = CallbackApps.h2Url("auth-limit");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL,
            ConfigOverride.config("engine.enabled", "false"), ConfigOverride.config("callbacks.enabled", "false"),
            ConfigOverride.config("authFailureLimit.maxFailures", "3"),
            ConfigOverride.config("authFailureLimit.per", "15 seconds"),
            ConfigOverride.config("authFailureLimit.trustedProxies", "127.0.0.1"));
    private static final String ATTACKER = "198.51.100.66";
    private static final String NEIGHBOUR = "203.0.113.5";
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
    void bruteForceIsCutOffAValidKeyIsRefusedWhileBlockedOthersAreNotAffectedAndTheClientRecovers() throws Exception {
        String key = new CreateMerchantService(sideDoor.merchants(), PayoutApplication.CLOCK)
                .createMerchant(new MerchantId("brute-target")).apiKey();
        RawHttp http = new RawHttp(APP.getLocalPort());
        long blockedBefore = blockedCount();

        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            guesses.add(http.send(list(guess(i), ATTACKER)).status());
        }
        RawHttp.Response withValidKey = http.send(list(key, ATTACKER));

        assertThat(guesses.subList(0, 3)).containsOnly(401);
        assertThat(guesses.subList(3, 12)).as("cut off").containsOnly(429);
        assertThat(withValidKey.status()).as(withValidKey.body()).isEqualTo(429);
        JsonNode refusal = JSON.readTree(withValidKey.body());
        assertThat(refusal.path("error").asBoolean()).isTrue();
        assertThat(refusal.path("errorCode").asText()).isEqualTo("E10");
        assertThat(refusal.path("errorMessage").asText()).startsWith("too many failed authentications");
        int retryAfter = Integer.parseInt(withValidKey.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 5);

        assertThat(http.send(list(key, NEIGHBOUR)).status()).as("another client").isEqualTo(200);
        assertThat(http.send(list(guess(99), NEIGHBOUR)).status()).as("counted on its own").isEqualTo(401);
        assertThat(http.send(list(key, null)).status()).as("the proxy's own address").isEqualTo(200);

        Thread.sleep(retryAfter * 1000L + 200);
        assertThat(http.send(list(key, ATTACKER)).status()).as("after Retry-After").isEqualTo(200);

        assertThat(blockedCount() - blockedBefore).isEqualTo(10);
        assertThat(scraped("payout_api_auth_blocked_total")).isEqualTo(blockedCount());
    }

    private static String guess(int i) {
        return String.format("%064x", i);
    }

    private static RawHttp.Request list(String key, String forwardedFor) {
        List<String> headers = new ArrayList<>(List.of(FuzzRequests.basic(key)));
        if (forwardedFor != null) {
            headers.add("X-Forwarded-For: " + forwardedFor);
        }
        return new RawHttp.Request("GET", FuzzRequests.ORDERS, headers, new byte[0]);
    }

    private static long blockedCount() {
        return APP.getEnvironment().metrics().counter("payout.api.auth.blocked.total").getCount();
    }

    private static long scraped(String sample) {
        RawHttp.Response scrape = new RawHttp(APP.getAdminPort())
                .send(new RawHttp.Request("GET", "/prometheus", List.of(), new byte[0]));
        return scrape.body().lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> (long) Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(sample + " not scraped"));
    }
}
