package io.payout.domain;

import java.util.Objects;

/** Input that cannot be accepted, naming the field (as the merchant sent it, e.g. {@code fulfillments[0].amount}). */
public class InvalidInputException extends DomainException {
    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field);
        this.reason = Objects.requireNonNull(reason);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** Runs {@code parse}, turning an {@link InvalidValueException} into an error naming {@code field}. */
    public static <T> T at(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + (e.field().startsWith("[") ? "" : ".") + e.field(), e.reason());
        } catch (InvalidValueException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
