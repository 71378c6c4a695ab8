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
 * is up. A create that gets no answer, a 5xx or a 429 (admission control: the engine is behind; or a rate limit) is
 * sent again, the same body to any instance (creates are idempotent by orderId), until it is answered 200: only orders
 * answered 200 count as accepted. After a 429 it waits the answer's {@code Retry-After} (at least the usual 500 ms):
 * a 429 means the order was not accepted, so it is neither counted nor given up. Each order pays a bank account of
 * its own, so the fake gateway can tell a retry of a payout from another payout ({@link #plan}).
 */
final class Workload {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String merchantId;
    private final String authorization;
    private final Supplier<List<ServiceInstance>> instances;
    /** merchant orderId -> our order id, for every order answered 200. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Map<String, OrderPlan> plans = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    Workload(String merchantId, String apiKey, Supplier<List<ServiceInstance>> instances) {
        this.merchantId = merchantId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        this.instances = instances;
    }

    Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    OrderPlan plan(String orderId) {
        return plans.get(orderId);
    }

    int refused() {
        return refused.get();
    }

    int requests() {
        return requests.get();
    }

    /** Creates answered 429 (not accepted) and sent again after their Retry-After. */
    int throttled() {
        return throttled.get();
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
            pool.submit(() -> create(runId + "-" + n, plan(n)));
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
    }

    /**
     * What order {@code n} pays and under which retry policy: 10 to 99 rupees, the paise saying what the fake gateway
     * does ({@link FakePayoutLedger#fate}): of every 25 orders, one x.13 (refused by the beneficiary's bank), two x.27
     * (the first payout fails at the gateway, a retry is paid), one x.41 (every payout fails at the gateway), one x.55
     * (paid, then reversed), the rest paid. Even orders follow the merchant's configured policy (chaos-config.yml: 3
     * attempts), odd ones carry their own {@code retryAttemptPolicy} (2 attempts); both retry gateway failures on the
     * same method and stop on beneficiary ones.
     */
    static OrderPlan plan(int n) {
        long rupees = 10 + (n * 7L) % 90;
        int paise = switch (n % 25) {
            case 7 -> 13;
            case 3, 15 -> 27;
            case 11 -> 41;
            case 19 -> 55;
            default -> 0;
        };
        boolean ownPolicy = n % 2 == 1;
        return new OrderPlan(rupees * 100 + paise, String.format("9100%011d", n), ownPolicy ? 2 : 3, ownPolicy);
    }

    /** One order: its amount, the beneficiary's account, the attempts its retry policy allows, whose policy it is. */
    record OrderPlan(long amountPaise, String account, int maxAttempts, boolean ownPolicy) {
    }

    static final String OWN_POLICY = "{\"maxAttempts\":2,\"rules\":[{\"categories\":[\"BENEFICIARY\",\"INTERNAL\"],"
            + "\"action\":\"STOP\"},{\"categories\":[\"GATEWAY\"],\"action\":\"RETRY_SAME_METHOD\"}],"
            + "\"defaultAction\":\"STOP\",\"backoff\":{\"initialDelaySeconds\":1,\"multiplier\":2,"
            + "\"maxDelaySeconds\":4},\"pendingLimitMinutes\":2}";

    static String body(String orderId, OrderPlan plan) {
        long paise = plan.amountPaise();
        String amount = String.format("%d.%02d", paise / 100, paise % 100);
        return "{\"orderId\":\"" + orderId + "\",\"amount\":" + amount + ",\"customerId\":\"cust-chaos\","
                + "\"type\":\"FULFILL_ONLY\","
                + (plan.ownPolicy() ? "\"retryAttemptPolicy\":" + OWN_POLICY + "," : "")
                + "\"fulfillments\":[{\"amount\":" + amount + ","
                + "\"preferredMethodList\":[\"RAZORPAYX_IMPS\"],\"beneficiaryDetails\":{\"type\":\"ACCOUNT_IFSC\","
                + "\"details\":{\"name\":\"Asha Rao\",\"account\":\"" + plan.account() + "\",\"ifsc\":\"YESB0000262\"}},"
                + "\"additionalInfo\":{\"remark\":\"chaos " + orderId + "\"}}]}";
    }

    private void create(String orderId, OrderPlan plan) {
        String body = body(orderId, plan);
        long deadline = System.currentTimeMillis() + 120_000;
        int attempt = 0;
        String lastAnswer = "none";
        while (System.currentTimeMillis() < deadline) {
            Optional<ServiceInstance> target = pick(attempt++);
            long pause = 500;
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
                        plans.put(orderId, plan);
                        accepted.put(orderId, order.path("id").asText());
                        return;
                    }
                    lastAnswer = Integer.toString(response.statusCode());
                    if (response.statusCode() == 429) {
                        throttled.incrementAndGet();
                        pause = Math.max(pause, retryAfterMillis(response));
                    } else if (response.statusCode() < 500) {
                        refused.incrementAndGet();
                        System.err.println("order " + orderId + " refused: " + response.statusCode() + " " + response.body());
                        return;
                    }
                } catch (IOException e) {
                    // no answer (the instance died, or the database is down): send it again
                    lastAnswer = "no answer";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            sleep(pause);
        }
        System.err.println("order " + orderId + " never answered 200 within two minutes (last answer: " + lastAnswer
                + "); not counted as accepted");
    }

    /** The 429's {@code Retry-After} in milliseconds (whole seconds in the header); 1 s if it is missing or odd. */
    private static long retryAfterMillis(HttpResponse<?> response) {
        try {
            return Math.max(1, Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").trim())) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
        }
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
