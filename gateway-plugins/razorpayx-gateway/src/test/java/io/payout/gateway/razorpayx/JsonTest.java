package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object parsed = JsonReader.parse(
                " {\"a\": [1, -2.50, 3e2], \"b\": {\"c\": \"x\\\"y\\n\\u00e9\\/\"}, \"t\": true, \"f\": false, \"n\": null} ");

        assertThat(JsonPath.list(parsed, "a")).contains(
                List.of(new BigDecimal("1"), new BigDecimal("-2.50"), new BigDecimal("3e2")));
        assertThat(JsonPath.text(parsed, "b", "c")).contains("x\"y\n\u00e9/");
        assertThat(JsonPath.at(parsed, "t")).contains(true);
        assertThat(JsonPath.at(parsed, "f")).contains(false);
        assertThat(JsonPath.at(parsed, "n")).isEmpty();
        assertThat(JsonReader.parse("{}")).isEqualTo(Map.of());
        assertThat(JsonReader.parse("[]")).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":}", "{\"a\" 1}", "[1,]", "{\"a\":1,}", "tru", "nul", "01",
            "1.", "-", "\"unterminated", "\"bad \\x escape\"", "{a:1}", "{} {}", "[1 2]", "\"\\u12\"", "<html>"})
    void refusesMalformedJson(String text) {
        assertThatThrownBy(() -> JsonReader.parse(text)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void refusesNullAndAbsurdNesting() {
        assertThatThrownBy(() -> JsonReader.parse(null)).isInstanceOf(MalformedJsonException.class);
        char[] deep = new char[10_000];
        Arrays.fill(deep, '[');
        assertThatThrownBy(() -> JsonReader.parse(new String(deep))).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void writesInOrderWithEscapesAndExactNumbers() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "a\"b\\c\n\u0001");
        value.put("n", 123450L);
        value.put("d", new BigDecimal("1E+3"));
        value.put("l", Arrays.asList(true, null, "x"));
        value.put("o", Map.of());

        assertThat(JsonWriter.write(value))
                .isEqualTo("{\"s\":\"a\\\"b\\\\c\\n\\u0001\",\"n\":123450,\"d\":1000,\"l\":[true,null,\"x\"],\"o\":{}}");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Zo\u00eb \"Z\" \\ tab\t");
        value.put("list", List.of(new BigDecimal("12.34"), "x"));

        assertThat(JsonReader.parse(JsonWriter.write(value))).isEqualTo(value);
    }

    @Test
    void pathToleratesAbsentMembersAndWrongTypes() {
        Object parsed = JsonReader.parse("{\"a\":{\"b\":5},\"s\":\"  \",\"l\":[]}");

        assertThat(JsonPath.text(parsed, "a", "b")).contains("5");
        assertThat(JsonPath.text(parsed, "a", "b", "c")).isEmpty();
        assertThat(JsonPath.text(parsed, "s")).isEmpty();
        assertThat(JsonPath.list(parsed, "a")).isEmpty();
        assertThat(JsonPath.object(parsed, "l")).isEmpty();
        assertThat(JsonPath.number(parsed, "s", -1)).isEqualTo(-1);
    }
}
