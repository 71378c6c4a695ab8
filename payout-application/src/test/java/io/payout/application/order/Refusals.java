package io.payout.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.payout.domain.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts which field an {@link InvalidInputException} names. */
final class Refusals {
    private Refusals() {
    }

    static InvalidInputException refusedOn(String field, ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("expected an InvalidInputException on %s", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        return e;
    }
}
