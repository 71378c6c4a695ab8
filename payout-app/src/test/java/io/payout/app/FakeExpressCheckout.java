package io.payout.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Juspay Express Checkout for end-to-end tests, speaking the documented protocol on 127.0.0.1: HTTP Basic
 * with the API key and an empty password plus {@code x-merchantid} on every call (else 401), form-encoded
 * {@code POST /orders} (a second order with one {@code order_id} is refused with 400), {@code GET /orders/{id}} (404
 * for an order it does not have) and {@code POST /orders/{id}/refunds} (idempotent by {@code unique_request_id}).
 * Its ledger ({@link #ledger()}) scripts the end user. Tests script faults per kind of call ({@link #failNext}),
 * hold a call until released ({@link #holdNext}), and send the provider's payment webhooks ({@link #sendWebhook}).
 * Every call is recorded with how it was answered.
 */
final class FakeExpressCheckout implements AutoCloseable {
    static final String API_KEY = "ec-test-key-4f1d9a";
    static final String MERCHANT_ID = "payoutmerchant";
    static final String WEBHOOK_USERNAME = "ec-hooks";
    static final String WEBHOOK_PASSWORD = "ec-hook-pa55-81";
    /** How a dropped call is recorded: no HTTP status was sent. */
    static final int DROPPED = 0;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)");
    private static final Pattern REFUNDS = Pattern.compile("/orders/([^/]+)/refunds");

    /** The kinds of calls Express Checkout answers. */
    enum Route { CREATE, STATUS, REFUND, OTHER }

    /** How one call misbehaves. */
    enum Fault {
        /** Closes the connection without answering or doing anything: the provider is down. */
        DROP(false, DROPPED),
        /** Does the work, then closes the connection without answering: the answer is lost. */
        DONE_THEN_DROP(true, DROPPED),
        /** Answers 500 without doing anything. */
        ERROR_500(false, 500),
        /** Does the work, then answers 500. */
        DONE_THEN_500(true, 500);

        private final boolean doesTheWork;
        private final int status;

        Fault(boolean doesTheWork, int status) {
            this.doesTheWork = doesTheWork;
            this.status = status;
        }
    }

    /** One call as it arrived and was answered ({@link #DROPPED}: no answer got through). */
    record Call(Route route, String method, String path, String orderId, Map<String, String> form,
                String authorization, String merchantIdHeader, String contentType, int answeredWith) {
        @Override
        public String toString() {
            return method + " " + path + " " + form + " -> " + (answeredWith == DROPPED ? "dropped" : answeredWith);
        }
    }

    /**
     * A call held on arrival until {@link #release}d; then answered normally or as the fault given says. A stale
     * hold computes its answer on arrival and delivers it on release (an answer overtaken on its way back).
     */
    static final class Hold {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final boolean stale;
        private volatile Fault then;

        private Hold(boolean stale) {
            this.stale = stale;
        }

        /** Waits until the held call has arrived. */
        void awaitArrival(Duration timeout) throws InterruptedException {
            if (!arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no held call arrived within " + timeout.toMillis() + " ms");
            }
        }

        /** Lets the held call go on; {@code fault} null: answered normally. */
        void release(Fault fault) {
            then = fault;
            released.countDown();
        }
    }

    private record Scripted(Route route, Fault fault, Hold hold) {
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final FakeCheckoutLedger ledger = new FakeCheckoutLedger(MERCHANT_ID);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Scripted> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger events = new AtomicInteger();
    private final HttpServer server;
    private volatile String webhookUrl;

    private FakeExpressCheckout(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static FakeExpressCheckout start() {
        try {
            return new FakeExpressCheckout(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Express Checkout", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The plugin settings ({@code collections.providers[].settings}) for this fake. */
    Map<String, String> settings(Duration timeout) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("base-url", baseUrl());
        settings.put("api-key", API_KEY);
        settings.put("merchant-id", MERCHANT_ID);
        settings.put("webhook-username", WEBHOOK_USERNAME);
        settings.put("webhook-password", WEBHOOK_PASSWORD);
        settings.put("timeout-ms", Long.toString(timeout.toMillis()));
        return settings;
    }

    FakeCheckoutLedger ledger() {
        return ledger;
    }

    /** The next {@code count} calls of {@code route} misbehave as {@code fault} says. */
    void failNext(Route route, Fault fault, int count) {
        for (int i = 0; i < count; i++) {
            script.add(new Scripted(route, fault, null));
        }
    }

    /** The next call of {@code route} is held on arrival (before anything is done) until released. */
    Hold holdNext(Route route) {
        Hold hold = new Hold(false);
        script.add(new Scripted(route, null, hold));
        return hold;
    }

    /** The next call of {@code route} is answered on arrival, but the answer is held until released. */
    Hold holdNextAnswer(Route route) {
        Hold hold = new Hold(true);
        script.add(new Scripted(route, null, hold));
        return hold;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of {@code route} about provider order {@code orderId}, in the order they were answered. */
    List<Call> calls(Route route, String orderId) {
        return calls.stream().filter(c -> c.route() == route && orderId.equals(c.orderId())).toList();
    }

    /** Where the dashboard says webhooks go. */
    void webhooksTo(String url) {
        webhookUrl = url;
    }

    /** Sends the order's payment webhook as Express Checkout would, with the dashboard's credentials. */
    HttpResponse<String> sendWebhook(String orderId) {
        return sendWebhook(orderId, CallbackChecks.basicAuth(WEBHOOK_USERNAME, WEBHOOK_PASSWORD));
    }

    /** Sends the order's payment webhook with {@code authorization} as its Authorization header (null: none). */
    HttpResponse<String> sendWebhook(String orderId, String authorization) {
        return post(orderId, ledger.status(orderId).body(), authorization);
    }

    /**
     * Sends, with the dashboard's credentials, a webhook whose order object claims {@code status} whatever the
     * ledger says (a webhook sent too early, or replayed out of order).
     */
    HttpResponse<String> sendWebhookClaiming(String orderId, String status) {
        ObjectNode order = ledger.status(orderId).body().put("status", status);
        return post(orderId, order, CallbackChecks.basicAuth(WEBHOOK_USERNAME, WEBHOOK_PASSWORD));
    }

    private HttpResponse<String> post(String orderId, ObjectNode order, String authorization) {
        if (!orderId.equals(order.path("order_id").asText())) {
            throw new IllegalArgumentException("the fake Express Checkout has no order " + orderId + ": " + order);
        }
        String event = order.path("status").asText().contains("CHARGED") ? "ORDER_SUCCEEDED" : "ORDER_FAILED";
        ObjectNode body = JSON.createObjectNode().put("id", "evt_" + events.incrementAndGet())
                .put("date_created", Instant.now().toString()).put("event_name", event);
        body.putObject("content").set("order", order);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return webhookClient.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Matcher refunds = REFUNDS.matcher(path);
            Matcher order = ORDER.matcher(path);
            Route route = "POST".equals(method) && "/orders".equals(path) ? Route.CREATE
                    : "POST".equals(method) && refunds.matches() ? Route.REFUND
                    : "GET".equals(method) && order.matches() ? Route.STATUS : Route.OTHER;
            Map<String, String> form = form(body);
            String orderId = switch (route) {
                case CREATE -> form.get("order_id");
                case REFUND -> refunds.group(1);
                case STATUS -> order.group(1);
                case OTHER -> null;
            };
            Scripted scripted = scriptedFor(route);
            Hold hold = scripted == null ? null : scripted.hold();
            FakeCheckoutLedger.Outcome stale = hold != null && hold.stale
                    ? answer(exchange, route, orderId, form) : null;
            if (hold != null) {
                hold.arrived.countDown();
                hold.released.await();
            }
            Fault fault = hold != null ? hold.then : scripted == null ? null : scripted.fault();
            FakeCheckoutLedger.Outcome outcome = stale != null ? stale
                    : fault == null || fault.doesTheWork ? answer(exchange, route, orderId, form) : null;
            int answered = fault == null ? outcome.status() : fault.status;
            try {
                if (fault == null) {
                    send(exchange, outcome);
                } else if (fault.status != DROPPED) {
                    send(exchange, new FakeCheckoutLedger.Outcome(500,
                            FakeCheckoutLedger.error("internal_error", "Internal Server Error")));
                }
            } catch (IOException callerWentAway) {
                answered = DROPPED;
            }
            Headers headers = exchange.getRequestHeaders();
            calls.add(new Call(route, method, path, orderId, form, headers.getFirst("Authorization"),
                    headers.getFirst("x-merchantid"), headers.getFirst("Content-Type"), answered));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What is scripted for the next call of {@code route}, if anything. */
    private Scripted scriptedFor(Route route) {
        synchronized (script) {
            for (Scripted next : script) {
                if (next.route() == route) {
                    script.remove(next);
                    return next;
                }
            }
            return null;
        }
    }

    private FakeCheckoutLedger.Outcome answer(HttpExchange exchange, Route route, String orderId,
                                              Map<String, String> form) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":")
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !MERCHANT_ID.equals(exchange.getRequestHeaders().getFirst("x-merchantid"))) {
            return new FakeCheckoutLedger.Outcome(401, FakeCheckoutLedger.error("access_denied",
                    "Authentication failed"));
        }
        boolean isForm = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                .startsWith("application/x-www-form-urlencoded");
        return switch (route) {
            case CREATE -> isForm ? ledger.create(form, baseUrl()) : notAForm();
            case REFUND -> isForm ? ledger.refund(orderId, form) : notAForm();
            case STATUS -> ledger.status(orderId);
            case OTHER -> new FakeCheckoutLedger.Outcome(404, FakeCheckoutLedger.error("not_found", "No such page"));
        };
    }

    private static FakeCheckoutLedger.Outcome notAForm() {
        return new FakeCheckoutLedger.Outcome(400, FakeCheckoutLedger.error("invalid_request",
                "Content-Type must be application/x-www-form-urlencoded"));
    }

    private static void send(HttpExchange exchange, FakeCheckoutLedger.Outcome outcome) throws IOException {
        byte[] bytes = outcome.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(outcome.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.isEmpty() ? new String[0] : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return form;
    }
}
