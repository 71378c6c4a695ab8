package io.payout.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A local server speaking the RazorpayX Payouts protocol the bundled connector uses (adapted from the connector's
 * test fake): Basic authentication, composite {@code POST /v1/payouts} with a mandatory {@code X-Payout-Idempotency}
 * key (the same key with the same body answers the same payout, with another body a 400), and
 * {@code GET /v1/payouts?account_number=&reference_id=}. What becomes of each payout is the ledger's
 * {@link FakePayoutLedger#fate}; a ticker moves payouts on when their time comes, so that the ledger's listener (the
 * webhooks) hears of every change when it happens. While a {@link GatewayFault} is on, each request meets it with the
 * fault's probability.
 */
final class FakeRazorpayX implements AutoCloseable {
    static final String KEY_ID = "rzp_test_Chaos0001";
    static final String KEY_SECRET = "chaos-Key-Secret-42";
    static final String ACCOUNT = "2323230041626905";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final FakePayoutLedger ledger = new FakePayoutLedger(System::currentTimeMillis);
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fake-razorpayx-ticker");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, String> bodyByKey = new ConcurrentHashMap<>();
    private final long hangMillis;
    private final FaultCounter counter;
    private volatile GatewayFault fault;
    private volatile double faultShare;
    private volatile long lateSettleMillis;

    FakeRazorpayX(long hangMillis, FaultCounter counter) throws IOException {
        this.hangMillis = hangMillis;
        this.counter = counter;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/payouts", this::handle);
        server.start();
        ticker.scheduleWithFixedDelay(this::tick, 50, 50, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            ledger.advance();
        } catch (RuntimeException e) {
            System.err.println("fake RazorpayX ticker: " + e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakePayoutLedger ledger() {
        return ledger;
    }

    /** Turns a fault on for this share of requests (LATE_SETTLE: of new payouts), or off with null. */
    void fault(GatewayFault newFault, double share, long lateSettle) {
        this.faultShare = share;
        this.lateSettleMillis = lateSettle;
        this.fault = newFault;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            GatewayFault now = fault;
            String query = exchange.getRequestURI().getRawQuery();
            boolean probe = query != null && query.endsWith("reference_id=probe");
            boolean hit = now != null && !probe && ThreadLocalRandom.current().nextDouble() < faultShare;
            if (!hit || now == GatewayFault.LATE_SETTLE) {
                answer(exchange, route(exchange, body, hit, true));
                return;
            }
            counter.count("gateway " + now.name().toLowerCase());
            boolean doWork = ThreadLocalRandom.current().nextBoolean();
            switch (now) {
                case TIMEOUT -> {
                    // Past the connector's timeout: whatever this answer shows, the connector never reads it.
                    Answer normal = doWork ? route(exchange, body, false, false) : null;
                    sleep(hangMillis);
                    answer(exchange, normal != null ? normal : new Answer(504, "<html>504 Gateway Time-out</html>"));
                }
                case SERVER_ERROR -> {
                    if (doWork) {
                        route(exchange, body, false, false);
                        answer(exchange, new Answer(502, "<html><body>502 Bad Gateway</body></html>"));
                    } else {
                        answer(exchange, new Answer(503, "{\"error\":\"service unavailable\"}"));
                    }
                }
                case GARBAGE -> {
                    route(exchange, body, false, false);
                    answer(exchange, new Answer(200, doWork ? "{\"id\":\"pout_" : "<html>Oops</html>\u0000"));
                }
                case SLOW -> {
                    sleep(1000 + ThreadLocalRandom.current().nextLong(1500));
                    answer(exchange, route(exchange, body, false, true));
                }
                case RATE_LIMITED -> answer(exchange, rateLimited(exchange));
                default -> answer(exchange, route(exchange, body, false, true));
            }
        } catch (RuntimeException e) {
            System.err.println("fake RazorpayX: " + e);
        }
    }

    private record Answer(int status, String body) {
    }

    /**
     * {@code delivered}: the connector will read this answer as it is (no fault stands between), so a failure it shows
     * is known to the service from now on.
     */
    private Answer route(HttpExchange exchange, String body, boolean lateSettle, boolean delivered) {
        String path = exchange.getRequestURI().getPath();
        if (!authorized(exchange)) {
            return new Answer(401, error("The api key provided is invalid"));
        } else if ("POST".equals(exchange.getRequestMethod()) && "/v1/payouts".equals(path)) {
            return create(exchange.getRequestHeaders().getFirst("X-Payout-Idempotency"), body, lateSettle, delivered);
        } else if ("GET".equals(exchange.getRequestMethod()) && "/v1/payouts".equals(path)) {
            return list(exchange.getRequestURI().getRawQuery(), delivered);
        }
        return new Answer(404, error("The requested URL was not found on the server."));
    }

    private static boolean authorized(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    /** 429 in RazorpayX's error envelope: the request was not processed. A refused create is noted in the ledger. */
    private Answer rateLimited(HttpExchange exchange) {
        String key = exchange.getRequestHeaders().getFirst("X-Payout-Idempotency");
        if (authorized(exchange) && "POST".equals(exchange.getRequestMethod()) && key != null) {
            ledger.refuse(key);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "BAD_REQUEST_ERROR");
        error.put("description", "Too many requests. Please try again after some time.");
        error.put("source", "internal");
        error.put("step", "NA");
        error.put("reason", "too_many_requests");
        return new Answer(429, write(Map.of("error", error)));
    }

    private Answer create(String key, String body, boolean lateSettle, boolean delivered) {
        if (key == null || !key.matches("[A-Za-z0-9_\\- ]{4,36}")) {
            return new Answer(400, error("The X-Payout-Idempotency header is invalid"));
        }
        String first = bodyByKey.putIfAbsent(key, body);
        if (first != null && !first.equals(body)) {
            return new Answer(400, error("Different request body sent for the same idempotency header"));
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return new Answer(400, error("The request is invalid"));
        }
        JsonNode amount = request.path("amount");
        String account = request.path("fund_account").path("bank_account").path("account_number").asText("");
        if (!amount.canConvertToLong() || amount.asLong() < 100 || !"IMPS".equals(request.path("mode").asText())
                || !ACCOUNT.equals(request.path("account_number").asText())
                || !key.equals(request.path("reference_id").asText()) || account.isEmpty()) {
            return new Answer(400, error("The request is invalid"));
        }
        // A reversal is kept within the service's settled watch (see docs/reliability.md): never settled late.
        lateSettle = lateSettle && FakePayoutLedger.fate(amount.asLong(), 1) != FakePayoutLedger.Fate.REVERSED;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long settle = lateSettle ? lateSettleMillis / 2 + random.nextLong(lateSettleMillis / 2 + 1) : random.nextLong(1500);
        if (lateSettle && ledger.withReference(key) == null) {
            counter.count("gateway late_settle");
        }
        FakePayoutLedger.Payout payout = ledger.create(key, account, amount.asLong(), settle, 1000 + random.nextLong(1000));
        return new Answer(200, write(ledger.entity(payout, delivered)));
    }

    private Answer list(String rawQuery, boolean delivered) {
        Map<String, String> query = new HashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        if (!ACCOUNT.equals(query.get("account_number"))) {
            return new Answer(400, error("The account number is invalid"));
        }
        FakePayoutLedger.Payout payout = ledger.withReference(query.getOrDefault("reference_id", ""));
        List<Object> items = payout == null ? List.of() : List.of(ledger.entity(payout, delivered));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("entity", "collection");
        collection.put("count", items.size());
        collection.put("items", items);
        return new Answer(200, write(collection));
    }

    private static String error(String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "BAD_REQUEST_ERROR");
        error.put("description", description);
        error.put("source", "business");
        error.put("step", "payout_initiation");
        error.put("reason", "input_validation_failed");
        return write(Map.of("error", error));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            // the connector gave up waiting (a timeout fault): nothing to answer
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
