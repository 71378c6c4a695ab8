package io.payout.adapters.rest.error;

import java.math.BigDecimal;
import java.util.Collection;

/** What a JSON value should have been, for a Java type the request binds to. */
final class JsonExpectation {
    private JsonExpectation() {
    }

    static String of(Class<?> targetType) {
        if (targetType == null) {
            return "a value of another type";
        }
        if (targetType == BigDecimal.class) {
            return "a number";
        }
        if (targetType == Integer.class || targetType == int.class || targetType == Long.class) {
            return "a whole number";
        }
        if (targetType == Boolean.class || targetType == boolean.class) {
            return "true or false";
        }
        if (targetType == String.class) {
            return "a string";
        }
        if (targetType.isArray() || Collection.class.isAssignableFrom(targetType)) {
            return "an array";
        }
        return "an object";
    }
}
