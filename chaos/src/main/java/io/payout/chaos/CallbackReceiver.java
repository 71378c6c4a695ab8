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
 * The merchant's callback endpoint: verifies each callback's Standard Webhooks signature with the merchant's webhook
 * secret ({@link StandardWebhooks}), logs it (webhook-id, order, label, value, sequence, time of receipt, whether the
 * signature held) and answers 200, or 401 when the signature does not hold, as a merchant would. {@link #down()}
 * closes its port, {@link #up()} opens it again on the same port.
 */
final class CallbackReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One callback as received. */
    record Received(String webhookId, String orderId, String label, String value, long sequence, long receivedMillis,
                    boolean signatureHolds) {
    }

    private final int port;
    private final String webhookSecret;
    private final List<Received> log = new ArrayList<>();
    private final PrintWriter file;
    private HttpServer server;

    CallbackReceiver(int port, String webhookSecret, PrintWriter file) throws IOException {
        this.port = port;
        this.webhookSecret = webhookSecret;
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
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean holds = StandardWebhooks.verify(webhookSecret, webhookId,
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), body,
                    exchange.getRequestHeaders().getFirst("webhook-signature"), System.currentTimeMillis() / 1000);
            Received received = new Received(webhookId, id.contains("-c") ? id.substring(0, id.lastIndexOf("-c")) : id,
                    callback.path("label").asText(), callback.path("value").asText(),
                    callback.path("sequence").asLong(), System.currentTimeMillis(), holds);
            synchronized (this) {
                log.add(received);
                file.println(received.receivedMillis() + "\t" + received.webhookId() + "\t" + received.orderId()
                        + "\t" + received.label() + "\t" + received.value() + "\t" + received.sequence()
                        + "\t" + (holds ? "signed" : "BAD SIGNATURE"));
            }
            exchange.sendResponseHeaders(holds ? 200 : 401, -1);
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
