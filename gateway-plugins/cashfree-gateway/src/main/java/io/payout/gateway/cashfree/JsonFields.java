package io.payout.gateway.cashfree;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Reads fields from a parsed JSON object: strings and numbers as text, nested objects as {@code JsonFields}. */
record JsonFields(Map<?, ?> values) {
    /** The object the text holds; {@link JsonReader.MalformedJson} when it is not JSON or not an object. */
    static JsonFields parseObject(String text) {
        Object parsed = JsonReader.parse(text);
        if (parsed instanceof Map<?, ?> map) {
            return new JsonFields(map);
        }
        throw new JsonReader.MalformedJson("not a JSON object");
    }

    /** A string, or a number written plainly; empty when absent, null, blank or of another type. */
    Optional<String> text(String key) {
        Object value = values.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text);
        }
        if (value instanceof BigDecimal number) {
            return Optional.of(number.toPlainString());
        }
        return Optional.empty();
    }

    Optional<JsonFields> object(String key) {
        return values.get(key) instanceof Map<?, ?> map ? Optional.of(new JsonFields(map)) : Optional.empty();
    }
}
