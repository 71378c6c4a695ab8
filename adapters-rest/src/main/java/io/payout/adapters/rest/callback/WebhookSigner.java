package io.payout.adapters.rest.callback;

import io.payout.application.callback.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures. The signed content is {@code "{webhook-id}.{webhook-timestamp}.{body}"}; each
 * secret ({@code whsec_} and a base64 key) gives one {@code v1,<base64 HMAC-SHA256>} entry of the space-separated
 * {@code webhook-signature} header, newest secret first, so a receiver holding either secret of a rotation verifies.
 * {@link #verify} is what a receiver does. Secrets never appear in an exception message.
 */
public final class WebhookSigner {
    /** How far a receiver lets {@code webhook-timestamp} be from its own clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";

    private WebhookSigner() {
    }

    /** The {@code webhook-signature} value: one {@code v1,...} entry per secret, newest first. */
    public static String signature(String id, long timestamp, byte[] body, WebhookSecrets secrets) {
        return secrets.all().stream().map(secret -> VERSION + "," + sign(secret, id, timestamp, body))
                .collect(Collectors.joining(" "));
    }

    /**
     * Whether {@code signatureHeader} holds a valid {@code v1} signature of the message under {@code secret}, and
     * {@code timestamp} (unix seconds) is within {@link #TOLERANCE} of {@code now}. Compares in constant time.
     *
     * @throws IllegalArgumentException if {@code secret} is not {@code whsec_} and base64
     */
    public static boolean verify(String secret, String id, String timestamp, String signatureHeader, byte[] body,
                                 Instant now) {
        if (id == null || timestamp == null || signatureHeader == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, id, seconds, body).getBytes(StandardCharsets.US_ASCII);
        boolean valid = false;
        for (String entry : List.of(signatureHeader.trim().split(" +"))) {
            int comma = entry.indexOf(',');
            if (comma > 0 && entry.substring(0, comma).equals(VERSION)) {
                byte[] given = entry.substring(comma + 1).getBytes(StandardCharsets.US_ASCII);
                valid |= MessageDigest.isEqual(expected, given);
            }
        }
        return valid;
    }

    /** base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")). */
    static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The HMAC key: the base64 part after {@code whsec_} (a secret without the prefix is taken as all base64). */
    static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook secret is not whsec_ followed by base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("webhook secret has an empty key");
        }
        return key;
    }
}
