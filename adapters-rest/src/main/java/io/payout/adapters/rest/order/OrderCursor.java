package io.payout.adapters.rest.order;

import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPosition;
import io.payout.domain.InvalidInputException;
import io.payout.domain.InvalidValueException;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The listing's {@code cursor}: where the next page starts (the last order's createdAt and internal id) and a key
 * of the filters the listing was made with, so that a cursor is refused with other filters. Opaque to merchants:
 * base64url of {@code 1|epochSecond|nano|orderId|filterKey|check}, where {@code check} catches a cursor that was
 * cut or edited. It is not a secret and not signed: it only says where to continue the merchant's own listing.
 */
final class OrderCursor {
    static final String FIELD = "cursor";
    private static final String VERSION = "1";
    private static final int MAX_LENGTH = 200;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private OrderCursor() {
    }

    static String encode(OrderPosition position, OrderFilter filter) {
        String payload = String.join("|", VERSION, Long.toString(position.createdAt().getEpochSecond()),
                Integer.toString(position.createdAt().getNano()), position.orderId().value(), filterKey(filter));
        return ENCODER.encodeToString((payload + "|" + check(payload)).getBytes(StandardCharsets.UTF_8));
    }

    /** The position {@code cursor} says to continue after, if it was made for {@code filter}; else E01 on cursor. */
    static OrderPosition decode(String cursor, OrderFilter filter) {
        String[] parts = parts(cursor);
        OrderPosition position;
        try {
            position = new OrderPosition(Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])),
                    new OrderId(parts[3]));
        } catch (NumberFormatException | DateTimeException | InvalidValueException e) {
            throw notACursor();
        }
        if (!parts[4].equals(filterKey(filter))) {
            throw new InvalidInputException(FIELD, "was made for other filters: send the same status, customerId, "
                    + "createdFrom and createdTo as for the first page, or leave cursor out to start again");
        }
        return position;
    }

    private static String[] parts(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw notACursor();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 6 || !VERSION.equals(parts[0])
                || !parts[5].equals(check(text.substring(0, text.lastIndexOf('|'))))) {
            throw notACursor();
        }
        return parts;
    }

    /** The same for the same filters however they were written (status order, repeats, instant notation). */
    private static String filterKey(OrderFilter filter) {
        String statuses = String.join(",", filter.statuses().stream().map(OrderStatus::name).sorted().toList());
        String canonical = String.join("\n", statuses,
                filter.customerId() == null ? "-" : "=" + filter.customerId().value(),
                Objects.toString(filter.createdFrom(), "-"), Objects.toString(filter.createdTo(), "-"));
        return sha256Hex(canonical).substring(0, 16);
    }

    private static String check(String payload) {
        return sha256Hex(payload).substring(0, 12);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static InvalidInputException notACursor() {
        return new InvalidInputException(FIELD, "is not a cursor of this API: pass nextCursor exactly as returned");
    }
}
