package io.payout.adapters.rest.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A target's {@code customHeader} (a JSON object of header names to string values) as headers to send. Left out:
 * values that are not strings, names that are not HTTP tokens, values with control characters (no header
 * injection), and headers that this sender sets or that frame the message ({@code Content-Type},
 * {@code Content-Length}, {@code Host}, {@code Authorization}, {@code User-Agent}, {@code webhook-*},
 * {@code Transfer-Encoding}, {@code Connection}...), so a merchant's configuration cannot override them.
 */
final class CustomHeaders {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "content-encoding", "host",
            "authorization", "proxy-authorization", "user-agent", "transfer-encoding", "connection", "keep-alive",
            "te", "trailer", "upgrade", "expect");

    private CustomHeaders() {
    }

    /** Name to value, in the merchant's order; empty for null, blank or unreadable text. */
    static Map<String, String> parse(String customHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (customHeader == null || customHeader.isBlank()) {
            return headers;
        }
        JsonNode object;
        try {
            object = JSON.readTree(customHeader);
        } catch (JsonProcessingException e) {
            return headers;
        }
        if (object == null || !object.isObject()) {
            return headers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual() && allowedName(name) && allowedValue(value.asText())) {
                headers.put(name, value.asText());
            }
        }
        return headers;
    }

    private static boolean allowedName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TOKEN.matcher(name).matches() && !RESERVED.contains(lower) && !lower.startsWith("webhook-");
    }

    private static boolean allowedValue(String value) {
        return value.length() <= 4096 && value.chars().noneMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }
}
