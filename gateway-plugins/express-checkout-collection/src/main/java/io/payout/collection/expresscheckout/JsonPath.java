package io.payout.collection.expresscheckout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads members out of what {@link JsonReader} parsed, tolerating absent members and wrong types. */
final class JsonPath {
    private JsonPath() {
    }

    /** The value at the path of member names, if every step is an object holding it. */
    static Optional<Object> at(Object root, String... names) {
        Object current = root;
        for (String name : names) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(name);
        }
        return Optional.ofNullable(current);
    }

    /** A string (or number, as written) at the path; blank counts as absent. */
    static Optional<String> text(Object root, String... names) {
        return at(root, names)
                .map(value -> value instanceof BigDecimal number ? number.toPlainString() : value)
                .filter(String.class::isInstance).map(String.class::cast)
                .filter(value -> !value.isBlank());
    }

    /** A number at the path, written as a JSON number or as a string holding a plain decimal. */
    static Optional<BigDecimal> decimal(Object root, String... names) {
        Optional<Object> value = at(root, names);
        if (value.isPresent() && value.get() instanceof BigDecimal number) {
            return Optional.of(number);
        }
        return value.filter(String.class::isInstance).map(String.class::cast)
                .filter(text -> text.matches("-?[0-9]{1,18}(\\.[0-9]{1,18})?")).map(BigDecimal::new);
    }

    static Optional<List<?>> list(Object root, String... names) {
        return at(root, names).filter(List.class::isInstance).map(value -> (List<?>) value);
    }

    /** The parsed body, or empty when it is not JSON. */
    static Optional<Object> parse(String body) {
        try {
            return Optional.ofNullable(JsonReader.parse(body));
        } catch (MalformedJsonException e) {
            return Optional.empty();
        }
    }
}
