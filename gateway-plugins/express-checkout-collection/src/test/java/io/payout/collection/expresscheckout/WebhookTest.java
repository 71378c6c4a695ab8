package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.WebhookParse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTest {
    private static final String SUCCEEDED = """
            {"id":"evt_V2_1","date_created":"2024-01-01T10:00:00Z","event_name":"ORDER_SUCCEEDED",
             "content":{"order":{"order_id":"pay4001","status":"CHARGED","amount":100.0}}}""";
    private final CollectionProvider provider = new ExpressCheckoutPlugin().create(configuration());

    @Test
    void authenticWebhookNamesItsOrderAndEvent() {
        WebhookParse parse = provider.parseWebhook(basic(FakeExpressCheckout.WEBHOOK_USERNAME,
                FakeExpressCheckout.WEBHOOK_PASSWORD), bytes(SUCCEEDED));

        assertThat(parse).isEqualTo(new WebhookParse(true, List.of("pay4001"), "ORDER_SUCCEEDED"));
    }

    @Test
    void headerNameMayComeInAnyCase() {
        Map<String, List<String>> headers = Map.of("Authorization", List.of(credentials(
                FakeExpressCheckout.WEBHOOK_USERNAME, FakeExpressCheckout.WEBHOOK_PASSWORD)));

        assertThat(provider.parseWebhook(headers, bytes(SUCCEEDED)).authentic()).isTrue();
    }

    @Test
    void wrongMissingOrMalformedCredentialsAreRejected() {
        for (Map<String, List<String>> headers : List.of(
                basic(FakeExpressCheckout.WEBHOOK_USERNAME, "wrong"),
                basic("someone", FakeExpressCheckout.WEBHOOK_PASSWORD),
                basic(FakeExpressCheckout.WEBHOOK_USERNAME, FakeExpressCheckout.WEBHOOK_PASSWORD + "x"),
                basic("", ""),
                Map.<String, List<String>>of(),
                Map.of("authorization", List.of("Bearer " + FakeExpressCheckout.WEBHOOK_PASSWORD)),
                Map.of("authorization", List.of("Basic %%%not-base64")),
                Map.of("authorization", List.of("Basic " + Base64.getEncoder().encodeToString(bytes("no-colon")))),
                Map.of("authorization", List.of(credentials(FakeExpressCheckout.WEBHOOK_USERNAME,
                        FakeExpressCheckout.WEBHOOK_PASSWORD), "Basic Zm9vOmJhcg==")))) {
            assertThat(provider.parseWebhook(headers, bytes(SUCCEEDED))).as(headers.toString())
                    .isEqualTo(WebhookParse.rejected());
        }
        assertThat(provider.parseWebhook(null, bytes(SUCCEEDED))).isEqualTo(WebhookParse.rejected());
    }

    @Test
    void readableWebhookWithoutAnOrderIdIsAuthenticWithNoIds() {
        WebhookParse parse = provider.parseWebhook(rightCredentials(),
                bytes("{\"event_name\":\"TXN_CREATED\",\"content\":{\"txn\":{\"txn_id\":\"t1\"}}}"));

        assertThat(parse).isEqualTo(new WebhookParse(true, List.of(), "TXN_CREATED"));
    }

    @Test
    void unreadableBodyWithTheRightCredentialsIsAuthenticWithNoIds() {
        assertThat(provider.parseWebhook(rightCredentials(), bytes("<xml/>")))
                .isEqualTo(new WebhookParse(true, List.of(), null));
        assertThat(provider.parseWebhook(rightCredentials(), null))
                .isEqualTo(new WebhookParse(true, List.of(), null));
    }

    @Test
    void orderIdWeNeverSendIsLeftOut() {
        WebhookParse parse = provider.parseWebhook(rightCredentials(), bytes(
                "{\"event_name\":\"ORDER_SUCCEEDED\",\"content\":{\"order\":{\"order_id\":\"../../admin\"}}}"));

        assertThat(parse.authentic()).isTrue();
        assertThat(parse.providerOrderIds()).isEmpty();
    }

    @Test
    void passwordMayContainAColon() {
        Map<String, String> configuration = configuration();
        configuration.put("webhook-password", "pa:ss:word");
        CollectionProvider colons = new ExpressCheckoutPlugin().create(configuration);

        assertThat(colons.parseWebhook(basic(FakeExpressCheckout.WEBHOOK_USERNAME, "pa:ss:word"), bytes(SUCCEEDED))
                .authentic()).isTrue();
    }

    private static Map<String, String> configuration() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("base-url", "http://127.0.0.1:9");
        configuration.put("api-key", FakeExpressCheckout.API_KEY);
        configuration.put("merchant-id", FakeExpressCheckout.MERCHANT_ID);
        configuration.put("webhook-username", FakeExpressCheckout.WEBHOOK_USERNAME);
        configuration.put("webhook-password", FakeExpressCheckout.WEBHOOK_PASSWORD);
        return configuration;
    }

    private static Map<String, List<String>> rightCredentials() {
        return basic(FakeExpressCheckout.WEBHOOK_USERNAME, FakeExpressCheckout.WEBHOOK_PASSWORD);
    }

    private static Map<String, List<String>> basic(String username, String password) {
        return Map.of("authorization", List.of(credentials(username, password)));
    }

    private static String credentials(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(bytes(username + ":" + password));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
