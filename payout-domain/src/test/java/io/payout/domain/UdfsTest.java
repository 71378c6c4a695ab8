package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UdfsTest {

    @Test
    void everyFieldIsOptional() {
        assertThat(Udfs.NONE).isEqualTo(new Udfs(null, null, null, null, null));
    }

    @Test
    void valuesAreKeptAsSent() {
        Udfs udfs = new Udfs("", " padded ", "ünïcødé ₹", "{\"k\":1}", "u5");

        assertThat(udfs.udf1()).isEmpty();
        assertThat(udfs.udf2()).isEqualTo(" padded ");
        assertThat(udfs.udf3()).isEqualTo("ünïcødé ₹");
        assertThat(udfs.udf5()).isEqualTo("u5");
    }

    @Test
    void twoHundredFiftyFiveCharactersAreAccepted() {
        assertThat(new Udfs("x".repeat(255), null, null, null, null).udf1()).hasSize(255);
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String emoji = "😀".repeat(255);

        assertThat(new Udfs(null, null, null, null, emoji).udf5()).isEqualTo(emoji);
    }

    @Test
    void longerThanTwoHundredFiftyFiveCharactersIsRefusedOnThatUdf() {
        String tooLong = "x".repeat(256);

        refusedOn("udf1", () -> new Udfs(tooLong, null, null, null, null));
        refusedOn("udf2", () -> new Udfs(null, tooLong, null, null, null));
        refusedOn("udf3", () -> new Udfs(null, null, tooLong, null, null));
        refusedOn("udf4", () -> new Udfs(null, null, null, tooLong, null));
        refusedOn("udf5", () -> new Udfs(null, null, null, null, tooLong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\u0000b", "a\u001bb", "a\u007fb"})
    void controlCharactersAreRefused(String value) {
        InvalidInputException e = refusedOn("udf3", () -> new Udfs(null, null, value, null, null));

        assertThat(e.reason()).contains("control characters");
    }

    @Test
    void nestedErrorsNameTheFullPath() {
        refusedOn("fulfillments[0].udf2",
                () -> InvalidInputException.at("fulfillments[0]", () -> new Udfs(null, "\n", null, null, null)));
    }
}
