package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    @SuppressWarnings("unchecked")
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object parsed = JsonReader.parse(" {\"a\": [1, 2.50, -3e2], \"b\": {\"c\": \"x\\\"y\\u0041\\n\"},"
                + " \"t\": true, \"f\": false, \"n\": null} ");

        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertThat((List<Object>) map.get("a")).containsExactly(new BigDecimal("1"), new BigDecimal("2.50"),
                new BigDecimal("-3e2"));
        assertThat(((Map<?, ?>) map.get("b")).get("c")).isEqualTo("x\"yA\n");
        assertThat(map.get("t")).isEqualTo(true);
        assertThat(map.get("f")).isEqualTo(false);
        assertThat(map.containsKey("n")).isTrue();
        assertThat(map.get("n")).isNull();
    }

    @Test
    void refusesMalformedJson() {
        for (String bad : new String[] {"", "{", "{\"a\":}", "{\"a\" 1}", "[1,]", "{} x", "tru", "\"open",
                "{'a':1}", "<html>", "{\"a\":.5}", "[" .repeat(100) + "]".repeat(100)}) {
            assertThatThrownBy(() -> JsonReader.parse(bad)).as(bad).isInstanceOf(JsonReader.MalformedJson.class);
        }
        assertThatThrownBy(() -> JsonReader.parse(null)).isInstanceOf(JsonReader.MalformedJson.class);
    }

    @Test
    void writesOrderedObjectsEscapedStringsAndPlainDecimals() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("q", "a\"b\\c\nd\u0001");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("amount", new BigDecimal("1E+2").setScale(2));
        map.put("inner", inner);
        map.put("flag", true);
        map.put("none", null);

        String json = JsonWriter.write(map);

        assertThat(json).isEqualTo("{\"amount\":100.00,\"inner\":{\"q\":\"a\\\"b\\\\c\\nd\\u0001\"},"
                + "\"flag\":true,\"none\":null}");
        assertThat(JsonReader.parse(json)).isEqualTo(JsonReader.parse(json));
        assertThat(((Map<?, ?>) ((Map<?, ?>) JsonReader.parse(json)).get("inner")).get("q"))
                .isEqualTo("a\"b\\c\nd\u0001");
    }

    @Test
    void fieldsReadNumbersAsPlainText() {
        JsonFields fields = JsonFields.parseObject("{\"id\": 12345678901234, \"s\": \" \", \"o\": {}}");

        assertThat(fields.text("id")).contains("12345678901234");
        assertThat(fields.text("s")).isEmpty();
        assertThat(fields.object("o")).isPresent();
        assertThatThrownBy(() -> JsonFields.parseObject("[]")).isInstanceOf(JsonReader.MalformedJson.class);
    }
}
