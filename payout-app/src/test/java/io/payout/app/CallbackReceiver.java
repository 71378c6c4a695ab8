package io.payout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A merchant's callback endpoint, for end-to-end tests: the JDK's HTTP server on 127.0.0.1 and a free port. It
 * records every request as it arrived (headers, raw body, time, and how it was answered) and answers 200 unless
 * scripted to fail the next requests with 500, to answer them slowly, or to be down (the server stopped, so
 * connections are refused) until it comes back on the same port.
 */
final class CallbackReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request: its place in the order of arrival (from 1), when it arrived, what it carried, and the status it
     * was answered with (0: writing the answer failed).
     */
    record Received(long arrival, Instant at, String method, String path, Headers headers, byte[] body,
                    int answeredWith) {
        String header(String name) {
            return headers.getFirst(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON body: " + bodyText(), e);
            }
        }

        String id() {
            return json().get("id").asText();
        }

        long sequence() {
            return json().get("sequence").asLong();
        }

        /** {@code LABEL VALUE}, e.g. {@code ORDER FULFILLMENTS_SCHEDULED}. */
        String labelValue() {
            JsonNode json = json();
            return json.get("label").asText() + " " + json.get("value").asText();
        }

        boolean delivered() {
            return answeredWith >= 200 && answeredWith < 300;
        }

        @Override
        public String toString() {
            return path + " <- " + bodyText() + " (answered " + answeredWith + ")";
        }
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicLong arrivals = new AtomicLong();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger slowNext = new AtomicInteger();
    private volatile Duration slowness = Duration.ZERO;
    private final int port;
    private HttpServer server;

    private CallbackReceiver(HttpServer server) {
        this.server = server;
        this.port = server.getAddress().getPort();
    }

    static CallbackReceiver start() {
        CallbackReceiver receiver = new CallbackReceiver(bind(0));
        receiver.serve();
        return receiver;
    }

    /** {@code http://127.0.0.1:<port><path>} */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The next {@code count} requests are answered 500. */
    void failNext(int count) {
        failNext.set(count);
    }

    /** The next {@code count} requests are answered 200 only after {@code delay}. */
    void answerSlowly(int count, Duration delay) {
        slowness = delay;
        slowNext.set(count);
    }

    /** Stops listening: connections to the port are refused until {@link #comeBack()}. */
    synchronized void goDown() {
        server.stop(0);
    }

    /** Listens again, on the same port. */
    synchronized void comeBack() {
        server = bind(port);
        serve();
    }

    /** Every request so far, in the order they arrived. */
    List<Received> received() {
        return received.stream().sorted(Comparator.comparingLong(Received::arrival)).toList();
    }

    /** The requests carrying callbacks of our order {@code orderId}, in the order they arrived. */
    List<Received> ofOrder(String orderId) {
        return received().stream().filter(r -> r.bodyText().contains("\"id\":\"" + orderId + "-c")).toList();
    }

    /** Waits until the requests for {@code orderId} satisfy {@code done}; fails with what arrived if they do not. */
    List<Received> awaitOfOrder(String orderId, String what, Duration timeout, Predicate<List<Received>> done)
            throws Exception {
        return Eventually.await(what, timeout, () -> ofOrder(orderId), done);
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    private void serve() {
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = arrivals.incrementAndGet();
        Instant at = Instant.now();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            int status = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            boolean slow = status == 200 && slowNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            int answered = 0;
            try {
                if (slow) {
                    Thread.sleep(slowness.toMillis());
                }
                exchange.sendResponseHeaders(status, -1);
                answered = status;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException senderWentAway) {
                // the sender gave up waiting: the answer did not get through
            } finally {
                received.add(new Received(arrival, at, exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders(), body, answered));
            }
        }
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
