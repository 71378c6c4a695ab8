package io.payout.adapters.rest.callback;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A merchant's callback endpoint for tests: the JDK's HTTP server on 127.0.0.1 and a free port, recording every
 * request and answering each path as told (200 with no body unless told otherwise).
 */
final class Receiver implements AutoCloseable {
    /** One request as it arrived. */
    record Received(String method, String path, Headers headers, byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** How to answer a path: status, headers, a body of {@code bodyBytes} bytes, after {@code delayMillis}. */
    record Answer(int status, Map<String, String> headers, int bodyBytes, long delayMillis) {
        static Answer status(int status) {
            return new Answer(status, Map.of(), 0, 0);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>} */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    void answer(String path, Answer answer) {
        answers.put(path, answer);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body));
            Answer answer = answers.getOrDefault(path, Answer.status(200));
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(answer.status(), answer.bodyBytes() == 0 ? -1 : answer.bodyBytes());
            if (answer.bodyBytes() > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    byte[] chunk = new byte[8192];
                    for (int sent = 0; sent < answer.bodyBytes(); sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, answer.bodyBytes() - sent));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the sender gave up (a timeout, or a body it did not want): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
