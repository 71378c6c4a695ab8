package io.payout.gateway.cashfree;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Cashfree Payouts v2 server for tests: {@code POST /transfers} records a transfer by {@code transfer_id}
 * and REFUSES a reused one (409, as Cashfree does); {@code GET /transfers?transfer_id=} answers its status, moving
 * one step along its script per query; unknown ids are 404. Scripts follow the account (or VPA) paid, with the
 * sandbox accounts preloaded; faults queued with {@link #nextAnswer} (answer this instead) / {@link #delayNext} (do the work, answer late) hit
 * the next request.
 */
final class FakeCashfree implements AutoCloseable {
    static final String CLIENT_ID = "CF-TEST-ID-7781";
    static final String CLIENT_SECRET = "cf-test-secret-s3cr3t-9911";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<FakeState>> scripts = new ConcurrentHashMap<>(FakeState.sandboxScripts());
    private final Map<String, FakeTransfer> transfers = new ConcurrentHashMap<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    record RecordedRequest(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Fault(long delayMs, int status, String body) {
    }

    FakeCashfree() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/payout/transfers", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/payout";
    }

    void script(String accountOrVpa, FakeState... states) {
        scripts.put(accountOrVpa, List.of(states));
    }

    /** The next request is answered with this status and body, and does nothing else. */
    void nextAnswer(int status, String body) {
        faults.add(new Fault(0, status, body));
    }

    /** The next request is handled normally, but its answer is sent this much later. */
    void delayNext(long ms) {
        faults.add(new Fault(ms, 0, null));
    }

    int transfersRecorded() {
        return transfers.size();
    }

    boolean hasTransfer(String transferId) {
        return transfers.containsKey(transferId);
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    RecordedRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Fault fault = faults.poll();
            Reply reply = fault != null && fault.status() > 0 ? new Reply(fault.status(), fault.body())
                    : answer(exchange, body);
            if (fault != null && fault.delayMs() > 0) {
                sleep(fault.delayMs());
            }
            respond(exchange, reply);
        }
    }

    private record Reply(int status, String body) {
    }

    private Reply answer(HttpExchange exchange, String body) {
        if (!CLIENT_ID.equals(exchange.getRequestHeaders().getFirst("x-client-id"))
                || !CLIENT_SECRET.equals(exchange.getRequestHeaders().getFirst("x-client-secret"))) {
            return new Reply(401, error("authentication_failed", "authentication failed"));
        }
        return "POST".equals(exchange.getRequestMethod()) ? create(body)
                : status(exchange.getRequestURI().getRawQuery());
    }

    private Reply create(String body) {
        JsonFields request = JsonFields.parseObject(body);
        String id = request.text("transfer_id").orElse("");
        JsonFields instrument = request.object("beneficiary_details")
                .flatMap(b -> b.object("beneficiary_instrument_details")).orElseThrow();
        String payee = instrument.text("bank_account_number").or(() -> instrument.text("vpa")).orElse("");
        FakeTransfer transfer = new FakeTransfer(id, scripts.getOrDefault(payee, FakeState.SUCCESS_ONLY));
        if (transfers.putIfAbsent(id, transfer) != null) {
            return new Reply(409, error("transfer_id_already_exists", "Transfer Id already exists"));
        }
        return new Reply(200, transfer.json());
    }

    private Reply status(String query) {
        String id = query == null || !query.startsWith("transfer_id=") ? ""
                : URLDecoder.decode(query.substring("transfer_id=".length()), StandardCharsets.UTF_8);
        FakeTransfer transfer = transfers.get(id);
        if (transfer == null) {
            return new Reply(404, error("transfer_not_found", "Transfer Id does not exist"));
        }
        transfer.advance();
        return new Reply(200, transfer.json());
    }

    private static String error(String code, String message) {
        return "{\"type\":\"invalid_request_error\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
