package io.payout.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The merchant's callback endpoint: logs every callback it receives (webhook-id, order, label, value, sequence,
 * time of receipt) and answers 200. {@link #down()} closes its port, {@link #up()} opens it again on the same port.
 */
final class CallbackReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One callback as received. */
    record Received(String webhookId, String orderId, String label, String value, long sequence, long receivedMillis) {
    }

    private final int port;
    private final List<Received> log = new ArrayList<>();
    private final PrintWriter file;
    private HttpServer server;

    CallbackReceiver(int port, PrintWriter file) throws IOException {
        this.port = port;
        this.file = file;
        up();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/callbacks";
    }

    synchronized void up() throws IOException {
        if (server != null) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (BindException e) {
                if (attempt > 50) {
                    throw e;
                }
                sleep(200);
            }
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/callbacks", this::handle);
        server.start();
    }

    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized boolean isUp() {
        return server != null;
    }

    synchronized List<Received> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        down();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode callback = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            String id = callback.path("id").asText();
            Received received = new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    id.contains("-c") ? id.substring(0, id.lastIndexOf("-c")) : id,
                    callback.path("label").asText(), callback.path("value").asText(),
                    callback.path("sequence").asLong(), System.currentTimeMillis());
            synchronized (this) {
                log.add(received);
                file.println(received.receivedMillis() + "\t" + received.webhookId() + "\t" + received.orderId()
                        + "\t" + received.label() + "\t" + received.value() + "\t" + received.sequence());
            }
            exchange.sendResponseHeaders(200, -1);
        } catch (IOException | RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
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
