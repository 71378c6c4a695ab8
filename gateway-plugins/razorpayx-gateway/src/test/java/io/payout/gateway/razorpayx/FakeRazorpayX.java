package io.payout.gateway.razorpayx;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local server speaking RazorpayX's documented Payouts protocol: Basic authentication, composite create with a
 * mandatory {@code X-Payout-Idempotency} key (the first answer is stored and replayed; the same key with another
 * body is a 400), list by reference. Tests script statuses through {@link #ledger()} and faults through
 * {@link #nextAnswer(FakeFault)}.
 */
final class FakeRazorpayX implements AutoCloseable {
    static final String KEY_ID = "rzp_test_KeyId0001";
    static final String KEY_SECRET = "s3cr3t-Key-Secret-42";
    static final String ACCOUNT = "2323230041626905";
    private final HttpServer server;
    private final FakePayoutLedger ledger = new FakePayoutLedger();
    private final Map<String, StoredAnswer> byIdempotencyKey = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<FakeFault> faults = new CopyOnWriteArrayList<>();

    record RecordedRequest(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private record StoredAnswer(String requestBody, int status, String responseBody) {
    }

    /** What the fake answers: a status and a body. */
    record Answer(int status, String body) {
    }

    FakeRazorpayX() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/payouts", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Map<String, String> configuration() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("base-url", baseUrl());
        configuration.put("key-id", KEY_ID);
        configuration.put("key-secret", KEY_SECRET);
        configuration.put("account-number", ACCOUNT);
        configuration.put("request-timeout-ms", "2000");
        return configuration;
    }

    FakePayoutLedger ledger() {
        return ledger;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The next request is answered with this fault instead (after doing what the fault says). */
    void nextAnswer(FakeFault fault) {
        faults.add(fault);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(lowerCase(exchange)), body));
        try {
            FakeFault fault = faults.isEmpty() ? null : faults.remove(0);
            Answer answer = fault == null ? route(exchange, body) : fault.answer(() -> route(exchange, body));
            send(exchange, answer.status(), answer.body());
        } finally {
            exchange.close();
        }
    }

    private Answer route(HttpExchange exchange, String body) {
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return new Answer(401, error("BAD_REQUEST_ERROR", "The api key provided is invalid"));
        } else if ("POST".equals(exchange.getRequestMethod()) && "/v1/payouts".equals(exchange.getRequestURI().getPath())) {
            return create(exchange, body);
        } else if ("GET".equals(exchange.getRequestMethod()) && "/v1/payouts".equals(exchange.getRequestURI().getPath())) {
            return list(exchange);
        } else if ("POST".equals(exchange.getRequestMethod())
                && exchange.getRequestURI().getPath().matches("/v1/payouts/[^/]+/cancel")) {
            return cancel(exchange.getRequestURI().getPath().split("/")[3]);
        } else {
            return new Answer(404, error("BAD_REQUEST_ERROR", "The requested URL was not found on the server."));
        }
    }

    private Answer create(HttpExchange exchange, String body) {
        String key = exchange.getRequestHeaders().getFirst("X-Payout-Idempotency");
        if (key == null || !key.matches("[A-Za-z0-9_\\- ]{4,36}")) {
            return new Answer(400, error("BAD_REQUEST_ERROR", "The X-Payout-Idempotency header is invalid"));
        }
        StoredAnswer stored = byIdempotencyKey.computeIfAbsent(key, k -> firstAnswer(body));
        if (!stored.requestBody().equals(body)) {
            return new Answer(400, error("BAD_REQUEST_ERROR",
                    "Different request body sent for the same idempotency header"));
        }
        return new Answer(stored.status(), stored.responseBody());
    }

    private StoredAnswer firstAnswer(String body) {
        Object request = JsonReader.parse(body);
        Object amount = JsonPath.at(request, "amount").orElse(null);
        if (!(amount instanceof java.math.BigDecimal paise) || paise.scale() > 0 || paise.longValue() < 100
                || !List.of("IMPS", "NEFT", "RTGS", "UPI").contains(JsonPath.text(request, "mode").orElse(""))
                || !ACCOUNT.equals(JsonPath.text(request, "account_number").orElse(""))) {
            return new StoredAnswer(body, 400, error("BAD_REQUEST_ERROR", "The request is invalid"));
        }
        return new StoredAnswer(body, 200, JsonWriter.write(ledger.create(request)));
    }

    private Answer cancel(String payoutId) {
        return ledger.cancelIfQueued(payoutId)
                .map(payout -> new Answer(200, JsonWriter.write(payout)))
                .orElseGet(() -> new Answer(400, error("BAD_REQUEST_ERROR", "Only queued payouts can be cancelled")));
    }

    private Answer list(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        if (!ACCOUNT.equals(query.get("account_number"))) {
            return new Answer(400, error("BAD_REQUEST_ERROR", "The account number is invalid"));
        }
        List<Map<String, Object>> items = ledger.withReference(query.getOrDefault("reference_id", ""));
        return new Answer(200, JsonWriter.write(Map.of("entity", "collection", "count",
                (long) items.size(), "items", items)));
    }

    static String error(String code, String description) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        error.put("source", "business");
        error.put("step", "payout_initiation");
        error.put("reason", "input_validation_failed");
        return JsonWriter.write(Map.of("error", error));
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, List<String>> lowerCase(HttpExchange exchange) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        return headers;
    }
}
