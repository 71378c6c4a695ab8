package io.payout.gateway.dummy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawJsonTest {

    @Test
    void writesStringsQuotedNumbersBareAndLeavesNullsOut() {
        String json = RawJson.with("status", "NOT_FOUND").and("httpStatus", 404).and("responseCode", null).toString();

        assertThat(json).isEqualTo("{\"status\":\"NOT_FOUND\",\"httpStatus\":404}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String json = RawJson.with("transactionRef", "a\"b\\c\nd").toString();

        assertThat(json).isEqualTo("{\"transactionRef\":\"a\\\"b\\\\c\\u000ad\"}");
    }
}
