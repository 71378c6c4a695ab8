package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A field holding one of an enum's names, exactly as written; anything else is refused listing the names. */
public final class EnumField {
    private EnumField() {
    }

    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
