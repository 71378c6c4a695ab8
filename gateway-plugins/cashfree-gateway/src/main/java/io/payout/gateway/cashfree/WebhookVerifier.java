package io.payout.gateway.cashfree;

import io.payout.gateway.spi.WebhookVerification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Cashfree v2 webhook: {@code x-webhook-signature} must be base64(HMAC-SHA256(x-webhook-timestamp + raw
 * body, client secret)), compared in constant time. A numeric timestamp (unix seconds, or milliseconds when above
 * 10^11) more than {@link #MAX_AGE} away from now, in either direction, is rejected; a non-numeric one is still
 * covered by the signature but its age cannot be checked. The reference is {@code data.transfer_id}, else
 * {@code data.transfer.transfer_id}. Never throws: anything wrong is {@link WebhookVerification.Rejected}.
 */
final class WebhookVerifier {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private final byte[] secret;
    private final Clock clock;

    WebhookVerifier(String clientSecret, Clock clock) {
        this.secret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    WebhookVerification verify(Map<String, List<String>> headers, byte[] body) {
        try {
            Optional<String> signature = header(headers, "x-webhook-signature");
            Optional<String> timestamp = header(headers, "x-webhook-timestamp");
            if (signature.isEmpty() || timestamp.isEmpty() || body == null) {
                return new WebhookVerification.Rejected("signature, timestamp or body missing");
            }
            if (!MessageDigest.isEqual(sign(timestamp.get(), body), Base64.getDecoder().decode(signature.get()))) {
                return new WebhookVerification.Rejected("signature does not match");
            }
            if (tooOld(timestamp.get())) {
                return new WebhookVerification.Rejected("timestamp is more than 5 minutes away from now");
            }
            return reference(body).<WebhookVerification>map(ref -> new WebhookVerification.Verified(List.of(ref)))
                    .orElse(new WebhookVerification.Rejected("no transfer_id in the event"));
        } catch (RuntimeException | GeneralSecurityException e) {
            return new WebhookVerification.Rejected("unreadable webhook: " + e.getClass().getSimpleName());
        }
    }

    private byte[] sign(String timestamp, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(body);
    }

    private boolean tooOld(String timestamp) {
        long value;
        try {
            value = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        long millis = value > 100_000_000_000L ? value : value * 1000;
        return Math.abs(clock.millis() - millis) > MAX_AGE.toMillis();
    }

    private static Optional<String> reference(byte[] body) {
        JsonFields event = JsonFields.parseObject(new String(body, StandardCharsets.UTF_8));
        Optional<JsonFields> data = event.object("data");
        return data.flatMap(d -> d.text("transfer_id"))
                .or(() -> data.flatMap(d -> d.object("transfer")).flatMap(t -> t.text("transfer_id")));
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        List<String> values = headers == null ? null : headers.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()
                ? Optional.empty() : Optional.of(values.get(0).trim());
    }
}
