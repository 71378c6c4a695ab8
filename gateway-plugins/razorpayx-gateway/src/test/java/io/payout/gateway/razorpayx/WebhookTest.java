package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.WebhookVerification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookTest {
    private static final String SECRET = "whsec-7f3a9";
    private static final byte[] EVENT = ("{\"entity\":\"event\",\"event\":\"payout.processed\",\"payload\":"
            + "{\"payout\":{\"entity\":{\"id\":\"pout_1\",\"status\":\"processed\",\"reference_id\":\"txn5001\"}}},"
            + "\"created_at\":1700000000}").getBytes(StandardCharsets.UTF_8);

    private final PayoutGateway gateway = gateway(SECRET);

    @Test
    void correctlySignedPayoutEventIsVerifiedAboutItsReference() throws Exception {
        WebhookVerification verification = gateway.verifyWebhook(signed(sign(EVENT, SECRET)), EVENT);

        assertThat(verification).isEqualTo(new WebhookVerification.Verified(List.of("txn5001")));
    }

    @Test
    void signatureInUpperCaseHexIsAlsoAccepted() throws Exception {
        WebhookVerification verification = gateway.verifyWebhook(signed(sign(EVENT, SECRET).toUpperCase()), EVENT);

        assertThat(verification).isInstanceOf(WebhookVerification.Verified.class);
    }

    @Test
    void signatureWithAnotherSecretIsRejected() throws Exception {
        assertThat(gateway.verifyWebhook(signed(sign(EVENT, "guess")), EVENT))
                .isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void tamperedBodyIsRejected() throws Exception {
        byte[] tampered = new String(EVENT, StandardCharsets.UTF_8).replace("txn5001", "txn6666")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.verifyWebhook(signed(sign(EVENT, SECRET)), tampered))
                .isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void missingSignatureIsRejected() {
        assertThat(gateway.verifyWebhook(Map.of(), EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(gateway.verifyWebhook(null, EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void garbageIsRejectedWithoutThrowing() throws Exception {
        byte[] garbage = {(byte) 0xff, 0x00, '{', '"'};

        assertThat(gateway.verifyWebhook(signed("not hex at all"), garbage)).isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(gateway.verifyWebhook(signed(sign(garbage, SECRET)), garbage))
                .isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(gateway.verifyWebhook(signed(sign(EVENT, SECRET)), null)).isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(gateway.verifyWebhook(signed("\u00e9\u00e9"), EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void signedEventAboutNoPayoutReferenceIsRejected() throws Exception {
        byte[] other = "{\"entity\":\"event\",\"event\":\"transaction.created\",\"payload\":{}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.verifyWebhook(signed(sign(other, SECRET)), other))
                .isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void withoutAWebhookSecretEveryWebhookIsRejected() throws Exception {
        assertThat(gateway(null).verifyWebhook(signed(sign(EVENT, SECRET)), EVENT))
                .isInstanceOf(WebhookVerification.Rejected.class);
    }

    private static PayoutGateway gateway(String secret) {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("key-id", "id");
        configuration.put("key-secret", "secret");
        configuration.put("account-number", "123");
        configuration.put("webhook-secret", secret);
        return new RazorpayXGatewayPlugin().create(configuration);
    }

    private static Map<String, List<String>> signed(String signature) {
        return Map.of("x-razorpay-signature", List.of(signature), "content-type", List.of("application/json"));
    }

    static String sign(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
