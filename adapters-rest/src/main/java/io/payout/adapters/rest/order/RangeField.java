package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;

/** A whole-number field that must lie within bounds, both included. */
final class RangeField {
    private RangeField() {
    }

    static int within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be from " + min + " to " + max);
        }
        return value;
    }
}
