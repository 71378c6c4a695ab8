package io.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions for values the domain refuses: which field an error names, or that a bare value was refused. */
final class Refusals {
    private Refusals() {
    }

    /** Asserts that {@code call} throws an {@link InvalidInputException} naming {@code field}, and returns it. */
    static InvalidInputException refusedOn(String field, ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("expected an InvalidInputException on %s", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        return e;
    }

    /** Asserts that {@code call} throws an {@link InvalidValueException} (a value refused before any field is known). */
    static InvalidValueException refusedValue(ThrowingCallable call) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, call);
        assertThat(e).as("expected an InvalidValueException").isNotNull();
        return e;
    }
}
