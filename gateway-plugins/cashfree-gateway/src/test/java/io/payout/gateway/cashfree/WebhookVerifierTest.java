package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.WebhookVerification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final String SECRET = "webhook-secret";
    private static final Instant NOW = Instant.parse("2024-07-01T10:00:00Z");
    private static final String EVENT = "{\"type\":\"TRANSFER_SUCCESS\",\"event_time\":\"2024-07-01T15:30:00\","
            + "\"data\":{\"transfer_id\":\"TXN-W1\",\"cf_transfer_id\":\"123\",\"status\":\"SUCCESS\"}}";
    private final WebhookVerifier verifier = new WebhookVerifier(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + body).getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, List<String>> headers(String timestamp, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        if (timestamp != null) {
            headers.put("x-webhook-timestamp", List.of(timestamp));
        }
        if (signature != null) {
            headers.put("x-webhook-signature", List.of(signature));
        }
        headers.put("x-webhook-version", List.of("2024-01-01"));
        return headers;
    }

    private WebhookVerification verify(String timestamp, String signature, String body) {
        return verifier.verify(headers(timestamp, signature), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void validSignatureWithFreshSecondsTimestampIsVerifiedForTheTransferId() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond() - 60);

        assertThat(verify(ts, sign(SECRET, ts, EVENT), EVENT))
                .isEqualTo(new WebhookVerification.Verified(List.of("TXN-W1")));
    }

    @Test
    void millisecondTimestampsAreAcceptedToo() throws Exception {
        String ts = String.valueOf(NOW.toEpochMilli() - 1000);

        assertThat(verify(ts, sign(SECRET, ts, EVENT), EVENT)).isInstanceOf(WebhookVerification.Verified.class);
    }

    @Test
    void transferIdNestedUnderDataTransferIsAccepted() throws Exception {
        String body = "{\"type\":\"TRANSFER_REVERSED\",\"data\":{\"transfer\":{\"transfer_id\":\"TXN-W2\"}}}";
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(verify(ts, sign(SECRET, ts, body), body))
                .isEqualTo(new WebhookVerification.Verified(List.of("TXN-W2")));
    }

    @Test
    void nonNumericTimestampIsCoveredBySignatureButNotAgeChecked() throws Exception {
        String ts = "2024-07-01T09:00:00Z";

        assertThat(verify(ts, sign(SECRET, ts, EVENT), EVENT)).isInstanceOf(WebhookVerification.Verified.class);
    }

    @Test
    void signatureWithAnotherSecretIsRejected() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(verify(ts, sign("other", ts, EVENT), EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void tamperedBodyIsRejected() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(verify(ts, sign(SECRET, ts, EVENT), EVENT.replace("TXN-W1", "TXN-W9")))
                .isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void timestampOlderThanFiveMinutesIsRejected() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond() - 301);

        assertThat(verify(ts, sign(SECRET, ts, EVENT), EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void missingSignatureOrTimestampIsRejected() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond());
        String signature = sign(SECRET, ts, EVENT);

        assertThat(verify(ts, null, EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(verify(null, signature, EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(verifier.verify(null, null)).isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void garbageIsRejectedWithoutThrowing() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(verify(ts, "not base64 !!", EVENT)).isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(verify(ts, sign(SECRET, ts, "not json"), "not json"))
                .isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(verify(ts, sign(SECRET, ts, "{\"data\":{}}"), "{\"data\":{}}"))
                .isInstanceOf(WebhookVerification.Rejected.class);
        assertThat(verifier.verify(Map.of("x-webhook-signature", List.of()), new byte[] {(byte) 0xff}))
                .isInstanceOf(WebhookVerification.Rejected.class);
    }

    @Test
    void gatewayVerifiesWebhooksWithTheClientSecret() throws Exception {
        CashfreeGateway gateway = (CashfreeGateway) new CashfreeGatewayPlugin().create(
                Map.of("client-id", "id", "client-secret", SECRET));
        String ts = String.valueOf(Instant.now().getEpochSecond());

        assertThat(gateway.verifyWebhook(headers(ts, sign(SECRET, ts, EVENT)), EVENT.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new WebhookVerification.Verified(List.of("TXN-W1")));
    }
}
