package io.payout.collection.expresscheckout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server speaking Express Checkout's documented protocol: HTTP Basic with the API key and an empty password,
 * {@code x-merchantid}, form-encoded create ({@code POST /orders}, refusing an order id it already has with a 400),
 * order status ({@code GET /orders/{id}}, 404 for an order it does not have), and refunds
 * ({@code POST /orders/{id}/refunds}, idempotent by {@code unique_request_id}). Tests script the end user and the
 * refunds through {@link #ledger()} and faults through {@link #nextAnswer(FakeFault)}.
 */
final class FakeExpressCheckout implements AutoCloseable {
    static final String API_KEY = "EC-ApiKey-7f3a9c2e1b";
    static final String MERCHANT_ID = "payoutmerchant";
    static final String WEBHOOK_USERNAME = "ec-webhooks";
    static final String WEBHOOK_PASSWORD = "Wh-Pa55word-9931";
    private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)");
    private static final Pattern REFUNDS = Pattern.compile("/orders/([^/]+)/refunds");
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final FakeOrderLedger ledger = new FakeOrderLedger();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<FakeFault> faults = new CopyOnWriteArrayList<>();

    record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        Map<String, String> form() {
            return FakeExpressCheckout.form(body);
        }
    }

    /** What the fake answers: a status and a body. */
    record Answer(int status, String body) {
    }

    private FakeExpressCheckout() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/orders", this::handle);
        server.start();
    }

    static FakeExpressCheckout start() {
        try {
            return new FakeExpressCheckout();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A configuration pointing at this fake, with a two second timeout. */
    Map<String, String> configuration() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("base-url", baseUrl());
        configuration.put("api-key", API_KEY);
        configuration.put("merchant-id", MERCHANT_ID);
        configuration.put("webhook-username", WEBHOOK_USERNAME);
        configuration.put("webhook-password", WEBHOOK_PASSWORD);
        configuration.put("timeout-ms", "2000");
        return configuration;
    }

    FakeOrderLedger ledger() {
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
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                lowerCase(exchange), body));
        try {
            FakeFault fault = faults.isEmpty() ? null : faults.remove(0);
            Answer answer = fault == null ? route(exchange, body) : fault.answer(() -> route(exchange, body));
            send(exchange, answer.status(), answer.body());
        } finally {
            exchange.close();
        }
    }

    private Answer route(HttpExchange exchange, String body) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Matcher refunds = REFUNDS.matcher(path);
        Matcher order = ORDER.matcher(path);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return new Answer(401, error("access_denied", "Authentication failed"));
        } else if (!MERCHANT_ID.equals(exchange.getRequestHeaders().getFirst("x-merchantid"))) {
            return new Answer(401, error("access_denied", "Merchant id does not match the API key"));
        } else if ("POST".equals(method) && "/orders".equals(path)) {
            return create(exchange, body);
        } else if ("POST".equals(method) && refunds.matches()) {
            return refund(exchange, refunds.group(1), body);
        } else if ("GET".equals(method) && order.matches()) {
            return ledger.find(order.group(1)).map(found -> new Answer(200, JsonWriter.write(found)))
                    .orElseGet(() -> new Answer(404, error("object_not_found", "Order not found")));
        }
        return new Answer(404, "<html>no such page</html>");
    }

    private Answer create(HttpExchange exchange, String body) {
        if (!isForm(exchange)) {
            return new Answer(400, error("invalid_request", "Content-Type must be application/x-www-form-urlencoded"));
        }
        Map<String, String> form = form(body);
        String orderId = form.getOrDefault("order_id", "");
        if (!orderId.matches("[A-Za-z0-9]{1,20}") || !form.getOrDefault("amount", "").matches("[0-9]+\\.[0-9]{2}")
                || !form.containsKey("customer_id")) {
            return new Answer(400, error("invalid_request", "Invalid order_id, amount or customer_id"));
        }
        synchronized (ledger) {
            if (ledger.exists(orderId)) {
                return new Answer(400, error("invalid_request", "Order with this order_id already exists"));
            }
            return new Answer(200, JsonWriter.write(ledger.create(form, baseUrl())));
        }
    }

    private Answer refund(HttpExchange exchange, String orderId, String body) {
        Map<String, String> form = form(body);
        if (!isForm(exchange) || !form.containsKey("unique_request_id")
                || !form.getOrDefault("amount", "").matches("[0-9]+\\.[0-9]{2}")) {
            return new Answer(400, error("invalid_request", "Invalid unique_request_id or amount"));
        }
        FakeOrderLedger.RefundOutcome outcome = ledger.refund(orderId, form.get("unique_request_id"),
                new BigDecimal(form.get("amount")));
        return new Answer(outcome.status(), outcome.body() instanceof String text ? text : JsonWriter.write(outcome.body()));
    }

    static String error(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", "error");
        error.put("error_code", code);
        error.put("error_message", message);
        return JsonWriter.write(error);
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body == null || body.isEmpty() ? new String[0] : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return form;
    }

    private static boolean isForm(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
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
