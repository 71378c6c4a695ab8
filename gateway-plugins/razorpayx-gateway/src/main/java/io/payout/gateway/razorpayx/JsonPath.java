package io.payout.gateway.razorpayx;

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

    static Optional<Map<?, ?>> object(Object root, String... names) {
        return at(root, names).filter(Map.class::isInstance).map(value -> (Map<?, ?>) value);
    }

    static Optional<List<?>> list(Object root, String... names) {
        return at(root, names).filter(List.class::isInstance).map(value -> (List<?>) value);
    }

    static long number(Object root, String name, long fallback) {
        return at(root, name).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast)
                .map(BigDecimal::longValue).orElse(fallback);
    }
}
