package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.WebhookVerification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks {@code X-Razorpay-Signature} = hex(HMAC-SHA256(raw body, webhook secret)), in constant time. */
final class WebhookSignature {
    static final String HEADER = "x-razorpay-signature";
    private static final String HMAC = "HmacSHA256";
    private final Optional<String> secret;

    WebhookSignature(Optional<String> secret) {
        this.secret = secret;
    }

    WebhookVerification verify(Map<String, List<String>> headers, byte[] body) {
        try {
            if (secret.isEmpty()) {
                return new WebhookVerification.Rejected("no webhook-secret is configured");
            }
            List<String> values = headers == null ? null : headers.get(HEADER);
            if (values == null || values.size() != 1 || values.get(0) == null || body == null) {
                return new WebhookVerification.Rejected("no single " + HEADER + " header or no body");
            }
            byte[] expected = HexFormat.of().formatHex(hmac(body)).getBytes(StandardCharsets.US_ASCII);
            byte[] given = values.get(0).trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, given)) {
                return new WebhookVerification.Rejected("the signature does not match");
            }
            return reference(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException | GeneralSecurityException e) {
            return new WebhookVerification.Rejected("unreadable webhook");
        }
    }

    private static WebhookVerification reference(String json) {
        try {
            return JsonPath.text(JsonReader.parse(json), "payload", "payout", "entity", "reference_id")
                    .<WebhookVerification>map(ref -> new WebhookVerification.Verified(List.of(ref)))
                    .orElseGet(() -> new WebhookVerification.Rejected("signed, but about no payout reference"));
        } catch (MalformedJsonException e) {
            return new WebhookVerification.Rejected("signed, but not JSON");
        }
    }

    private byte[] hmac(byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(secret.orElseThrow().getBytes(StandardCharsets.UTF_8), HMAC));
        return mac.doFinal(body);
    }
}
