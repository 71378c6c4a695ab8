package io.payout.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant's webhook endpoint: answers every callback 200 at once and tells the tracker about the final ORDER
 * callback of each order (label ORDER with a terminal value; docs/callbacks.md). Signatures are not checked: this
 * measures the service, not a receiver.
 */
final class CallbackReceiver implements AutoCloseable {

    private static final Pattern LABEL = Pattern.compile("\"label\"\\s*:\\s*\"([A-Z_0-9]+)\"");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final PayoutTracker tracker;

    CallbackReceiver(int port, PayoutTracker tracker) throws IOException {
        this.tracker = tracker;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/callbacks", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long now = System.nanoTime();
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        tracker.callbacks.increment();
        String label = first(LABEL, body);
        if (!"ORDER".equals(label)) {
            return;
        }
        String value = first(VALUE, body);
        boolean success = "FULFILLMENTS_SUCCESSFUL".equals(value);
        boolean terminal = success || "FULFILLMENTS_FAILURE".equals(value) || "FULFILLED_PARTIALLY".equals(value)
                || "FULFILLMENTS_CANCELLED".equals(value);
        String orderId = first(ORDER_ID, body);
        if (terminal && orderId != null) {
            tracker.finalCallback(orderId, success, now);
        }
    }

    private static String first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
