package io.payout.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RazorpayX webhook events as gateway-protocols.md describes them: the body {@code {"entity": "event", "event":
 * "payout.processed", "payload": {"payout": {"entity": {...}}}, "created_at": ...}} and the
 * {@code X-Razorpay-Signature} header, hex(HMAC-SHA256(raw body, webhook secret)). Also the false claims forged
 * webhooks carry.
 */
final class RazorpayXEvents {
    static final String ACCOUNT_ID = "acc_ChaosFake00001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RazorpayXEvents() {
    }

    static byte[] body(String event, Map<String, Object> payoutEntity, long createdAtSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", "event");
        body.put("account_id", ACCOUNT_ID);
        body.put("event", event);
        body.put("contains", List.of("payout"));
        body.put("payload", Map.of("payout", Map.of("entity", payoutEntity)));
        body.put("created_at", createdAtSeconds);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** hex(HMAC-SHA256(body, secret)), lower case. */
    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status a forged webhook claims for a payout: the opposite of how it ends. */
    static String falseClaim(FakePayoutLedger.Fate fate) {
        return fate == FakePayoutLedger.Fate.PROCESSED ? "failed" : "processed";
    }

    /** The payout entity as it would be with the {@code claimed} status ({@code processed} or {@code failed}). */
    static Map<String, Object> claiming(Map<String, Object> entity, String claimed) {
        Map<String, Object> forged = new LinkedHashMap<>(entity);
        forged.put("status", claimed);
        if ("processed".equals(claimed)) {
            forged.put("utr", "UTRFORGED" + entity.get("id"));
            forged.put("status_details", null);
        } else {
            forged.put("utr", null);
            forged.put("status_details", Map.of("source", "gateway", "reason", "gateway_technical_error",
                    "description", "forged"));
        }
        return forged;
    }
}
