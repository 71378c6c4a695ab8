package io.payout.gateway.cashfree;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser: objects become {@link Map}s (insertion ordered), arrays {@link List}s, numbers
 * {@link BigDecimal}s, and {@code true}/{@code false}/{@code null} themselves. Anything else, including trailing
 * text, is a {@link MalformedJson}.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 64;
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        if (text == null) {
            throw new MalformedJson("no body");
        }
        JsonReader reader = new JsonReader(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw new MalformedJson("trailing text at " + reader.pos);
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedJson("nested too deep");
        }
        skipSpace();
        char c = peek();
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        do {
            skipSpace();
            if (peek() != '"') {
                throw new MalformedJson("expected a name at " + pos);
            }
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value(depth + 1));
            skipSpace();
        } while (consume(','));
        expect('}');
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        do {
            list.add(value(depth + 1));
            skipSpace();
        } while (consume(','));
        expect(']');
        return list;
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            } else if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw new MalformedJson("control character in string at " + pos);
            } else {
                out.append(c);
            }
        }
    }

    private char escape() {
        char c = next();
        switch (c) {
            case '"': case '\\': case '/': return c;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw new MalformedJson("short unicode escape");
                }
                try {
                    char decoded = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                    pos += 4;
                    return decoded;
                } catch (NumberFormatException e) {
                    throw new MalformedJson("bad unicode escape at " + pos);
                }
            default: throw new MalformedJson("bad escape at " + pos);
        }
    }

    private BigDecimal number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        if (token.isEmpty() || token.startsWith("+") || token.startsWith(".") || token.endsWith(".")) {
            throw new MalformedJson("unexpected text at " + start);
        }
        try {
            return new BigDecimal(token);
        } catch (NumberFormatException e) {
            throw new MalformedJson("bad number at " + start);
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw new MalformedJson("unexpected text at " + pos);
        }
        pos += word.length();
        return value;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean consume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw new MalformedJson("expected '" + c + "' at " + pos);
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new MalformedJson("unexpected end");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    /** The text is not JSON. */
    static final class MalformedJson extends RuntimeException {
        MalformedJson(String message) {
            super(message);
        }
    }
}
