package io.payout.gateway.cashfree;

import java.util.Locale;

/** Cashfree's error envelope {@code {"code", "message", "type"}}, or nothing when the body is not one. */
record CashfreeError(String code, String message) {
    static CashfreeError parse(String body) {
        try {
            JsonFields fields = JsonFields.parseObject(body);
            return new CashfreeError(fields.text("code").orElse(null), fields.text("message").orElse(null));
        } catch (JsonReader.MalformedJson e) {
            return new CashfreeError(null, null);
        }
    }

    boolean isDuplicate() {
        String text = (code + " " + message).toLowerCase(Locale.ROOT);
        return text.contains("already_exists") || text.contains("already exists") || text.contains("duplicate");
    }

    boolean isNotFound() {
        String text = (code + " " + message).toLowerCase(Locale.ROOT);
        return text.contains("not_found") || text.contains("not found") || text.contains("does not exist");
    }

    String code(String fallback) {
        return code == null ? fallback : code;
    }

    String message(String fallback) {
        return message == null ? fallback : message;
    }
}
