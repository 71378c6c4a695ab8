package io.payout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Seeded random requests for the API fuzz test: valid create-order bodies, then mutated (values, types, enums,
 * removed and unknown fields, raw JSON damage, deep nesting, oversized bodies), under honest or tricky headers;
 * and calls of the other endpoints with random ids, queries, methods and bodies.
 */
final class FuzzRequests {
    static final String ORDERS = "/payout/merchant/v1/orders";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String[] NASTY_TEXT = {"", " ", "abc", "' OR '1'='1", "'; DROP TABLE orders; --",
            "1; SELECT pg_sleep(1)", "\" OR \"\"=\"", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000",
            "line\r\nX-Injected: 1", "\u202Eevil", "名前😀", "\uD800", "ZERO\u200BWIDTH", "NaN", "Infinity", "-1",
            "1e400", "0x10", "10.005", "DUMMY_IMPS", "FULFILL_ONLY", "null", "true", "{}", "[]"};
    private static final String SPLICED = "{}[],:\"\\'xé\u0000";

    private final Random random;
    private final Merchant own;
    private final Merchant other;
    private int next;
    /** Set by {@link #trickyHeaders}: whether those headers alone must make the request fail. */
    private boolean headersRefused;

    record Merchant(String id, String key) {
    }

    /**
     * A request; for a create, its body as strict JSON (null when it is not: then it must be refused) to judge a 200
     * by the documented rules; {@code mustFail} when its headers alone must make it fail.
     */
    record Fuzzed(String kind, RawHttp.Request request, JsonNode createBody, boolean mustFail) {
        boolean isCreate() {
            return request.method().equals("POST") && request.target().equals(ORDERS);
        }
    }

    FuzzRequests(long seed, Merchant own, Merchant other) {
        this.random = new Random(seed);
        this.own = own;
        this.other = other;
    }

    Fuzzed next() {
        next++;
        headersRefused = false;
        int roll = random.nextInt(100);
        if (roll < 12) {
            return create("valid", validOrder(), honestHeaders());
        }
        if (roll < 55) {
            ObjectNode order = validOrder();
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                mutate(order);
            }
            return create("mutated-json", order, honestHeaders());
        }
        if (roll < 62) {
            List<String> headers = trickyHeaders();
            return create("tricky-headers", random.nextBoolean() ? validOrder() : mutated(), headers);
        }
        if (roll < 75) {
            byte[] body = damaged(validOrder());
            return new Fuzzed("damaged-json", new RawHttp.Request("POST", ORDERS, honestHeaders(), body), parse(body), false);
        }
        return otherEndpoint();
    }

    private ObjectNode mutated() {
        ObjectNode order = validOrder();
        mutate(order);
        return order;
    }

    private Fuzzed create(String kind, ObjectNode body, List<String> headers) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return new Fuzzed(kind, new RawHttp.Request("POST", ORDERS, headers, bytes), body, headersRefused);
    }

    ObjectNode validOrder() {
        ObjectNode o = NODES.objectNode();
        o.put("orderId", "fz-" + next + "-" + Integer.toHexString(random.nextInt()));
        o.put("customerId", "cust-" + random.nextInt(50));
        if (random.nextBoolean()) {
            o.put("customerPhone", "98765" + (10000 + random.nextInt(89999)));
            o.put("customerEmail", "asha" + random.nextInt(99) + "@example.com");
        }
        if (random.nextInt(5) == 0) {
            o.put("type", "FULFILL_ONLY");
        }
        if (random.nextInt(4) == 0) {
            o.put("udf1", "u" + random.nextInt(1000));
        }
        ArrayNode fulfillments = o.putArray("fulfillments");
        BigDecimal sum = BigDecimal.ZERO;
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 5 : 2);
        for (int i = 0; i < count; i++) {
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(500_000), 2);
            sum = sum.add(amount);
            fulfillments.add(fulfillment(amount));
        }
        o.put("amount", sum);
        return o;
    }

    private ObjectNode fulfillment(BigDecimal amount) {
        ObjectNode f = NODES.objectNode();
        f.put("amount", amount);
        ObjectNode beneficiary = f.putObject("beneficiaryDetails");
        ObjectNode details = NODES.objectNode();
        if (random.nextInt(3) == 0) {
            beneficiary.put("type", "UPI_ID");
            details.put("name", "Asha Rao").put("vpa", "asha" + random.nextInt(99) + "@okbank");
            f.putArray("preferredMethodList").add("DUMMY_UPI");
        } else {
            beneficiary.put("type", "ACCOUNT_IFSC");
            details.put("name", "Asha Rao").put("account", "0262918000011" + (10 + random.nextInt(89)))
                    .put("ifsc", "YESB0000262");
            if (random.nextBoolean()) {
                f.putArray("preferredMethodList").add(random.nextBoolean() ? "DUMMY_IMPS" : "DUMMY_NEFT");
            }
        }
        beneficiary.set("details", details);
        if (random.nextBoolean()) {
            f.putObject("additionalInfo").put("remark", "salary").put("attemptThreshold", 1 + random.nextInt(600))
                    .put("isRetriable", random.nextBoolean());
        }
        return f;
    }

    /** Replaces, removes or adds one value somewhere in the tree. */
    private void mutate(ObjectNode root) {
        List<Object[]> slots = new ArrayList<>();
        collect(root, slots);
        Object[] slot = slots.get(random.nextInt(slots.size()));
        JsonNode parent = (JsonNode) slot[0];
        int what = random.nextInt(10);
        if (parent instanceof ObjectNode object) {
            String field = (String) slot[1];
            if (what == 0) {
                object.remove(field);
            } else if (what == 1) {
                object.set("unknown_" + random.nextInt(5), nasty());
            } else if (what == 2 && random.nextBoolean()) {
                object.put(field, wrongEnum());
            } else {
                object.set(field, nasty());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) slot[1];
            if (what == 0) {
                array.remove(index);
            } else if (what == 1) {
                for (int i = 0; i < 1 + random.nextInt(150); i++) {
                    array.add(array.get(0).deepCopy());
                }
            } else {
                array.set(index, nasty());
            }
        }
    }

    private static void collect(JsonNode node, List<Object[]> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                slots.add(new Object[] {object, name});
                collect(object.get(name), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Object[] {array, i});
                collect(array.get(i), slots);
            }
        }
    }

    private String wrongEnum() {
        String[] wrong = {"fulfill_only", "PAY_ONLY", "CARD", "WALLET", "PAYOUT_LINK", "BENE_ID", "ACCOUNT_IFSC ",
                "UPI", "", "FULFILL_ONLY\u0000", "Fulfill_Only"};
        return wrong[random.nextInt(wrong.length)];
    }

    JsonNode nasty() {
        return switch (random.nextInt(22)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(0);
            case 2 -> NODES.numberNode(new BigDecimal("-" + (1 + random.nextInt(1000)) + ".00"));
            case 3 -> NODES.numberNode(new BigDecimal("0.00" + (1 + random.nextInt(9))));
            case 4 -> NODES.numberNode(new BigDecimal("1." + (100 + random.nextInt(900))));
            case 5 -> NODES.numberNode(new BigDecimal("1e" + (20 + random.nextInt(400))));
            case 6 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(60))));
            case 7 -> NODES.numberNode(new BigDecimal("99999999999999999999.99"));
            case 8 -> NODES.numberNode(Long.MAX_VALUE);
            case 9 -> NODES.numberNode(random.nextDouble() * 1000);
            case 10 -> NODES.booleanNode(random.nextBoolean());
            case 11 -> NODES.arrayNode().add("x");
            case 12 -> NODES.objectNode().put("a", 1);
            case 13 -> NODES.textNode("x".repeat(200 + random.nextInt(100_000)));
            case 14 -> NODES.textNode(unicodeJunk());
            case 15 -> NODES.numberNode(new BigDecimal("1e-" + (1 + random.nextInt(400))));
            case 16 -> NODES.textNode(String.valueOf(random.nextInt(1000)) + "." + random.nextInt(1000));
            case 17 -> NODES.numberNode(100_000 + random.nextInt(10_000_000));
            default -> NODES.textNode(NASTY_TEXT[random.nextInt(NASTY_TEXT.length)]);
        };
    }

    private String unicodeJunk() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
                s.appendCodePoint(c);
            }
        }
        return s.toString();
    }

    /** The body's bytes, damaged: truncated, spliced, duplicated keys, wrapped, nested deep, padded past 1 MiB. */
    private byte[] damaged(ObjectNode order) {
        String text = order.toString();
        String out = switch (random.nextInt(14)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> splice(text, SPLICED.charAt(random.nextInt(SPLICED.length())));
            case 2 -> text.replaceFirst("\"orderId\"", "\"orderId\":\"dup-" + next + "\",\"orderId\"");
            case 3 -> "[" + text + "]";
            case 4 -> "[".repeat(100 + random.nextInt(20_000)) + "]".repeat(random.nextInt(100));
            case 5 -> nestedInside(text, 60 + random.nextInt(2000));
            case 6 -> text.replaceFirst("\"amount\":([0-9.]+)", "\"amount\":NaN");
            case 7 -> text + " trailing garbage";
            case 8 -> "\uFEFF" + text;
            case 9 -> text.replace("{", "/* c */{");
            case 10 -> random.nextBoolean() ? "" : random.nextBoolean() ? "null" : "\"just a string\"";
            case 11 -> text.substring(0, text.length() - 1) + ",\"pad\":\"" + "p".repeat((1 << 20) + random.nextInt(2000)) + "\"}";
            case 12 -> text.replace("\"", "'");
            default -> new String(randomBytes(1 + random.nextInt(2000)), StandardCharsets.ISO_8859_1);
        };
        return out.getBytes(random.nextInt(10) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    }

    private String nestedInside(String text, int depth) {
        return text.substring(0, text.length() - 1) + ",\"deep\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
    }

    private String splice(String text, char c) {
        int at = random.nextInt(text.length());
        return text.substring(0, at) + c + text.substring(Math.min(text.length(), at + random.nextInt(3)));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    List<String> honestHeaders() {
        List<String> h = new ArrayList<>();
        h.add(basic(own.key()));
        h.add("Content-Type: application/json");
        if (random.nextBoolean()) {
            h.add("x-merchantid: " + own.id());
        }
        return h;
    }

    private List<String> trickyHeaders() {
        List<String> h = new ArrayList<>();
        int trick = random.nextInt(20);
        headersRefused = List.of(0, 1, 2, 3, 6, 9, 12, 15, 18).contains(trick);
        switch (trick) {
            case 0 -> h.add("Content-Type: application/json");
            case 1 -> h.addAll(List.of(basic(own.key()), "Content-Type: text/plain"));
            case 2 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/xml"));
            case 3 -> h.add(basic(own.key()));
            case 4 -> h.addAll(List.of(basic(own.key()), basic(other.key()), "Content-Type: application/json"));
            case 5 -> h.addAll(List.of(basic(own.key()), "Authorization: Basic !!!notbase64", "Content-Type: application/json"));
            case 6 -> h.addAll(List.of("Authorization: Bearer " + own.key(), "Content-Type: application/json"));
            case 7 -> h.addAll(List.of("Authorization: Basic " + b64(own.key()), "Content-Type: application/json"));
            case 8 -> h.addAll(List.of("Authorization: Basic " + b64(own.key() + ":pw:" + "x".repeat(random.nextInt(100))),
                    "Content-Type: application/json"));
            case 9 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "x-merchantid: " + other.id()));
            case 10 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "x-merchantid: " + own.id(),
                    "x-merchantid: " + other.id()));
            case 11 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json",
                    "x-merchantid: " + own.id() + "\r\nX-Injected: yes"));
            case 12 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "x-merchantid: ' OR 1=1 --"));
            case 13 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "NoColonHeaderLine"));
            case 14 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "X-Long: " + "a".repeat(9000 + random.nextInt(20_000))));
            case 15 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "Accept: text/html"));
            case 16 -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json; charset=UTF-16"));
            case 17 -> h.addAll(List.of("authorization: basic " + b64(own.key() + ":"), "Content-Type: application/json",
                    "x-request-id: " + "é\r\n".repeat(3)));
            case 18 -> h.addAll(List.of(basic("0".repeat(64)), "Content-Type: application/json"));
            default -> h.addAll(List.of(basic(own.key()), "Content-Type: application/json", "Content-Type: text/plain"));
        }
        return h;
    }

    private Fuzzed otherEndpoint() {
        String id = randomId();
        List<String> h = random.nextInt(5) == 0 ? trickyHeaders() : honestHeaders();
        byte[] body = random.nextBoolean() ? new byte[0] : nasty().toString().getBytes(StandardCharsets.UTF_8);
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"};
        RawHttp.Request request = switch (random.nextInt(15)) {
            case 0 -> get(ORDERS + "/" + id + "?expand=" + pick("fulfillment", "payment,refund", "bogus", "", "%00"), h);
            case 1 -> get(ORDERS + "?" + pick("limit=-1", "limit=100000", "limit=abc", "cursor=" + id, "status=NOPE",
                    "createdFrom=yesterday", "createdTo=2026-13-45T99:00:00Z", "customerId=" + id, "limit=10&limit=20"), h);
            case 2 -> new RawHttp.Request("POST", "/payout/merchant/v1/fulfillment/" + id + "/cancel", h, body);
            case 3 -> get(ORDERS + "/" + id + "/history", h);
            case 4 -> get(ORDERS + "/" + id + "/callbacks", h);
            case 5 -> new RawHttp.Request("POST", "/payout/merchant/v1/callbacks/" + id + "/redeliver", h, body);
            case 6 -> new RawHttp.Request("POST", "/payout/merchant/v2/benedetails", h, mutatedBeneficiary());
            case 7 -> get("/payout/merchant/v2/benedetails/" + id + "/" + randomId(), h);
            case 8 -> get(pick("/payout/merchant/v1/getways/balance", "/payout/merchant/v1/balances",
                    "/payout/merchant/v1/outage"), h);
            case 9 -> new RawHttp.Request(methods[random.nextInt(methods.length)], ORDERS + (random.nextBoolean() ? "" : "/" + id), h, body);
            case 10 -> new RawHttp.Request("POST", pick("/payout/gateways/DUMMY/webhooks", "/payout/gateways/" + id + "/webhooks",
                    "/payout/webhooks/express-checkout", "/payout/webhooks/collections/SANDBOX"), h, body);
            case 11 -> get("/payout/sandbox/collections/" + id, h);
            case 12 -> get(pick("/payout/" + id, "/payout/merchant/v1/" + id, "/" + id, "/payout/merchant/v1/orders/"
                    + "%2e%2e%2f".repeat(5) + "etc/passwd", "/payout/openapi.yaml"), h);
            case 13 -> get(ORDERS + "/" + "a".repeat(100 + random.nextInt(8000)), h);
            default -> new RawHttp.Request("POST", ORDERS + "/" + id, h, body);
        };
        return new Fuzzed("other-endpoint", request, null, false);
    }

    private byte[] mutatedBeneficiary() {
        ObjectNode b = NODES.objectNode();
        b.put("customerId", "cust-1").put("beneId", "b-" + next).put("command", pick("CREATE", "VALIDATE", "DELETE", ""));
        b.putObject("beneDetails").put("type", pick("UPI_ID", "ACCOUNT_IFSC", "CARD")).putObject("details")
                .put("name", "Asha").put("vpa", "asha@okbank");
        mutate(b);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String randomId() {
        return switch (random.nextInt(6)) {
            case 0 -> "fz-" + random.nextInt(next + 1) + "-x";
            case 1 -> "%27%20OR%201%3D1--";
            case 2 -> "%E5%90%8D%F0%9F%98%80";
            case 3 -> Integer.toHexString(random.nextInt()) + "-f" + random.nextInt(3);
            case 4 -> "%00%0d%0a";
            default -> "0123456789abcdef0123456789abcd";
        };
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static RawHttp.Request get(String target, List<String> headers) {
        return new RawHttp.Request("GET", target, headers, new byte[0]);
    }

    static String basic(String key) {
        return "Authorization: Basic " + b64(key + ":");
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
