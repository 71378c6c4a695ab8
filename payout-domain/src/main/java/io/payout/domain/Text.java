package io.payout.domain;

import java.util.regex.Pattern;

/** Checks shared by the small value types: required, length, pattern. */
public final class Text {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private Text() {
    }

    public static String required(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("is required");
        }
        return optional(value, maxLength);
    }

    public static String optional(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidValueException("must be at most " + maxLength + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidValueException("must not contain control characters");
        }
        return value;
    }

    public static String matching(String value, Pattern pattern, String expectation) {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("is required");
        }
        if (!pattern.matcher(value).matches()) {
            throw new InvalidValueException("must be " + expectation);
        }
        return value;
    }
}
