package io.payout.domain;

import java.util.regex.Pattern;

/** A payout method: a gateway and a rail, written {@code <GATEWAY>_<RAIL>} (e.g. {@code DUMMY_IMPS}). */
public record MethodId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_[A-Z][A-Z0-9]*");

    public MethodId {
        if (value != null && value.length() > 64) {
            throw new InvalidValueException("must be at most 64 characters");
        }
        Text.matching(value, SHAPE, "a method id such as DUMMY_IMPS (<GATEWAY>_<RAIL>, upper case)");
    }

    public String gateway() {
        return value.substring(0, value.lastIndexOf('_'));
    }

    public String rail() {
        return value.substring(value.lastIndexOf('_') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
