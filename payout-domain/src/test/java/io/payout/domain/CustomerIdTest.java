package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"cust-1", "c", "customer with spaces", "ग्राहक"})
    void anyTextUpToSixtyFourCharactersIsAccepted(String value) {
        assertThat(new CustomerId(value)).hasToString(value);
    }

    @Test
    void sixtyFourCharactersAreAcceptedAndSixtyFiveRefused() {
        assertThat(new CustomerId("c".repeat(64)).value()).hasSize(64);
        refusedValue(() -> new CustomerId("c".repeat(65)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingOrBlankIdIsRefused(String value) {
        assertThat(refusedValue(() -> new CustomerId(value))).hasMessage("is required");
    }

    @Test
    void controlCharactersAreRefused() {
        refusedValue(() -> new CustomerId("cust\u00001"));
    }
}
