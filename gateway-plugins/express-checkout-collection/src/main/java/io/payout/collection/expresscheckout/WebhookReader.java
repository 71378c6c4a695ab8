package io.payout.collection.expresscheckout;

import io.payout.collection.spi.WebhookParse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an Express Checkout payment webhook. It must carry exactly one {@code Authorization: Basic} header with the
 * configured webhook username and password, compared in constant time (as SHA-256 digests, so that not even their
 * lengths leak); otherwise it is {@link WebhookParse#rejected()} and the body is not looked at. An authentic body
 * names its order in {@code content.order.order_id}; a body without one we could use is authentic with no ids.
 */
final class WebhookReader {
    private static final String BASIC = "basic ";
    private final byte[] username;
    private final byte[] password;

    WebhookReader(String username, String password) {
        this.username = sha256(username);
        this.password = sha256(password);
    }

    WebhookParse read(Map<String, List<String>> headers, byte[] body) {
        try {
            if (!authentic(authorization(headers))) {
                return WebhookParse.rejected();
            }
            Optional<Object> json = JsonPath.parse(body == null ? null : new String(body, StandardCharsets.UTF_8));
            String eventName = json.flatMap(event -> JsonPath.text(event, "event_name")).orElse(null);
            List<String> orderIds = json.flatMap(event -> JsonPath.text(event, "content", "order", "order_id"))
                    .filter(ProviderIds::isOrderId).map(List::of).orElse(List.of());
            return new WebhookParse(true, orderIds, eventName);
        } catch (RuntimeException e) {
            return WebhookParse.rejected();
        }
    }

    private boolean authentic(Optional<String> authorization) {
        if (authorization.isEmpty() || !authorization.get().toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.get().substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(username, sha256(credentials.substring(0, colon)));
        boolean passwordMatches = MessageDigest.isEqual(password, sha256(credentials.substring(colon + 1)));
        return userMatches & passwordMatches;
    }

    /** The single Authorization header, whatever the case of its name. */
    private static Optional<String> authorization(Map<String, List<String>> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        List<String> values = headers.entrySet().stream()
                .filter(header -> "authorization".equalsIgnoreCase(header.getKey()) && header.getValue() != null)
                .flatMap(header -> header.getValue().stream()).toList();
        return values.size() == 1 && values.get(0) != null ? Optional.of(values.get(0)) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
