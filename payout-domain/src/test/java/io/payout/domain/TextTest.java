package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Test
    void requiredRefusesNullEmptyAndBlank() {
        assertThat(refusedValue(() -> Text.required(null, 5))).hasMessage("is required");
        assertThat(refusedValue(() -> Text.required("", 5))).hasMessage("is required");
        assertThat(refusedValue(() -> Text.required(" \t", 5))).hasMessage("is required");
    }

    @Test
    void optionalAcceptsNullAndKeepsTheValue() {
        assertThat(Text.optional(null, 5)).isNull();
        assertThat(Text.optional(" a ", 5)).isEqualTo(" a ");
    }

    @Test
    void lengthCountsCodePoints() {
        assertThat(Text.optional("😀😀", 2)).isEqualTo("😀😀");
        assertThat(refusedValue(() -> Text.optional("😀😀😀", 2))).hasMessage("must be at most 2 characters");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(refusedValue(() -> Text.optional("a\u0000", 5))).hasMessage("must not contain control characters");
    }

    @Test
    void matchingNeedsTheWholeValueToMatch() {
        assertThat(Text.matching("123", DIGITS, "digits")).isEqualTo("123");
        assertThat(refusedValue(() -> Text.matching("12a", DIGITS, "digits"))).hasMessage("must be digits");
        assertThat(refusedValue(() -> Text.matching(null, DIGITS, "digits"))).hasMessage("is required");
    }
}
