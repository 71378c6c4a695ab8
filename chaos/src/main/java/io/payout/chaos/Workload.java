package io.payout.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Creates Fulfill Only orders on RAZORPAYX_IMPS over the real HTTP API, at an even pace, against whichever instance
 * is up. A create that gets no answer is sent again, the same body to any instance (creates are idempotent by
 * orderId), until it is answered 200: only orders answered 200 count as accepted.
 */
final class Workload {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String merchantId;
    private final String authorization;
    private final Supplier<List<ServiceInstance>> instances;
    /** merchant orderId -> our order id, for every order answered 200. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Map<String, Long> amountPaise = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    Workload(String merchantId, String apiKey, Supplier<List<ServiceInstance>> instances) {
        this.merchantId = merchantId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        this.instances = instances;
    }

    Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    long amountPaise(String orderId) {
        return amountPaise.get(orderId);
    }

    int refused() {
        return refused.get();
    }

    int requests() {
        return requests.get();
    }

    /** Sends the orders evenly over the duration; returns when every one was accepted or given up. */
    void run(int orders, int seconds, String runId) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos((long) i * seconds * 1000 / orders);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            pool.submit(() -> create(runId + "-" + n, amount(n)));
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
    }

    /** 10.00 to 99.00 rupees; one order in 25 ends in .13, which the fake's beneficiary bank refuses. */
    static long amount(int n) {
        long rupees = 10 + (n * 7L) % 90;
        return n % 25 == 7 ? rupees * 100 + 13 : rupees * 100;
    }

    private void create(String orderId, long paise) {
        String amount = String.format("%d.%02d", paise / 100, paise % 100);
        String body = "{\"orderId\":\"" + orderId + "\",\"amount\":" + amount + ",\"customerId\":\"cust-chaos\","
                + "\"type\":\"FULFILL_ONLY\",\"fulfillments\":[{\"amount\":" + amount + ","
                + "\"preferredMethodList\":[\"RAZORPAYX_IMPS\"],\"beneficiaryDetails\":{\"type\":\"ACCOUNT_IFSC\","
                + "\"details\":{\"name\":\"Asha Rao\",\"account\":\"026291800001191\",\"ifsc\":\"YESB0000262\"}},"
                + "\"additionalInfo\":{\"remark\":\"chaos " + orderId + "\"}}]}";
        long deadline = System.currentTimeMillis() + 120_000;
        int attempt = 0;
        while (System.currentTimeMillis() < deadline) {
            Optional<ServiceInstance> target = pick(attempt++);
            if (target.isPresent()) {
                try {
                    requests.incrementAndGet();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create(target.get().baseUrl() + "/merchant/v1/orders"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", authorization).header("x-merchantid", merchantId)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        JsonNode order = JSON.readTree(response.body());
                        accepted.put(orderId, order.path("id").asText());
                        amountPaise.put(orderId, paise);
                        return;
                    }
                    if (response.statusCode() < 500 && response.statusCode() != 429) {
                        refused.incrementAndGet();
                        System.err.println("order " + orderId + " refused: " + response.statusCode() + " " + response.body());
                        return;
                    }
                } catch (IOException e) {
                    // no answer (the instance died, or the database is down): send it again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            sleep(500);
        }
        System.err.println("order " + orderId + " never answered 200 within two minutes; not counted as accepted");
    }

    private Optional<ServiceInstance> pick(int attempt) {
        List<ServiceInstance> ready = instances.get().stream().filter(ServiceInstance::ready).toList();
        return ready.isEmpty() ? Optional.empty() : Optional.of(ready.get(attempt % ready.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
