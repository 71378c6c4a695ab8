package io.payout.gateway.dummy;

/**
 * The sandbox's raw-ish reply, a flat JSON object built field by field; {@code null} values are left out. It only
 * ever holds statuses, references and codes, never payee details or anything secret.
 */
final class RawJson {
    private final StringBuilder fields = new StringBuilder();

    private RawJson() {
    }

    static RawJson with(String key, Object value) {
        return new RawJson().and(key, value);
    }

    RawJson and(String key, Object value) {
        if (value == null) {
            return this;
        }
        if (fields.length() > 0) {
            fields.append(',');
        }
        appendString(key);
        fields.append(':');
        if (value instanceof Number) {
            fields.append(value);
        } else {
            appendString(value.toString());
        }
        return this;
    }

    @Override
    public String toString() {
        return "{" + fields + "}";
    }

    private void appendString(String text) {
        fields.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                fields.append('\\').append(c);
            } else if (c < 0x20) {
                fields.append(String.format("\\u%04x", (int) c));
            } else {
                fields.append(c);
            }
        }
        fields.append('"');
    }
}
