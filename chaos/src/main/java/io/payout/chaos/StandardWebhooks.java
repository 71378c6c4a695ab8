package io.payout.chaos;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A merchant's check of a callback's Standard Webhooks signature, as docs/callbacks.md tells merchants to do it:
 * {@code webhook-signature} holds space-separated {@code v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">}
 * entries, the key being the base64 part of the {@code whsec_} secret; one must match (in constant time), and the
 * timestamp must be within 5 minutes of the receiver's clock.
 */
final class StandardWebhooks {
    static final long TOLERANCE_SECONDS = 300;

    private StandardWebhooks() {
    }

    static boolean verify(String secret, String id, String timestamp, byte[] body, String signatures, long nowSeconds) {
        if (secret == null || !secret.startsWith("whsec_") || id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            if (Math.abs(nowSeconds - Long.parseLong(timestamp.trim())) > TOLERANCE_SECONDS) {
                return false;
            }
            byte[] expected = sign(secret, id, timestamp.trim(), body);
            for (String signature : signatures.trim().split(" +")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The raw HMAC-SHA256 of {@code "{id}.{timestamp}.{body}"} with the secret's key. */
    static byte[] sign(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
