package io.payout.collection.expresscheckout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body, fields in the order added; null or blank values are left out. */
final class FormBody {
    private final Map<String, String> fields = new LinkedHashMap<>();

    FormBody add(String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
        return this;
    }

    String encoded() {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
