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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A merchant's callback endpoint, for end-to-end tests: the JDK's HTTP server on 127.0.0.1 and a free port. It
 * records every request as it arrived (headers, raw body, time, and how it was answered) and answers 200 at once
 * unless scripted: the next requests failed with 500, answered slowly, together, or with another status and
 * headers, or the receiver down (the server stopped, so connections are refused) until it comes back on the same port.
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
    /**
     * A scripted answer: its status and headers, written after {@code delay} and once {@code together} (if any) has
     * counted down to zero.
     */
    private record Answer(int status, Map<String, String> headers, Duration delay, CountDownLatch together) {
        Answer(int status, Map<String, String> headers, Duration delay) {
            this(status, headers, delay, null);
        }

        void await() throws InterruptedException {
            Thread.sleep(delay.toMillis());
            if (together != null) {
                together.countDown();
                together.await(5, TimeUnit.SECONDS);
            }
        }
    }

    private static final Answer OK = new Answer(200, Map.of(), Duration.ZERO);
    private final AtomicLong arrivals = new AtomicLong();
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
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
        answerNext(count, 500, Map.of());
    }

    /** The next {@code count} requests are answered 200 only after {@code delay}. */
    void answerSlowly(int count, Duration delay) {
        for (int i = 0; i < count; i++) {
            script.add(new Answer(200, Map.of(), delay));
        }
    }

    /** The next {@code count} requests are answered {@code status} with {@code headers}. */
    void answerNext(int count, int status, Map<String, String> headers) {
        for (int i = 0; i < count; i++) {
            script.add(new Answer(status, headers, Duration.ZERO));
        }
    }

    /** The next {@code count} requests are held until all of them have arrived (5 s at most), then answered 200. */
    void answerTogether(int count) {
        CountDownLatch together = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            script.add(new Answer(200, Map.of(), Duration.ZERO, together));
        }
    }

    /** How many requests have arrived so far, those still being answered included. */
    long arrivals() {
        return arrivals.get();
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
            Answer answer = Objects.requireNonNullElse(script.poll(), OK);
            int answered = 0;
            try {
                answer.await();
                answer.headers().forEach(exchange.getResponseHeaders()::add);
                exchange.sendResponseHeaders(answer.status(), -1);
                answered = answer.status();
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
