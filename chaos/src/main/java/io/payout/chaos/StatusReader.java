package io.payout.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Every accepted order's status as the merchant sees it: {@code GET /merchant/v1/orders/{orderId}}. */
final class StatusReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String merchantId;
    private final String authorization;
    private final ServiceInstance instance;

    StatusReader(String merchantId, String apiKey, ServiceInstance instance) {
        this.merchantId = merchantId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        this.instance = instance;
    }

    /** orderId -> status; an order the API does not find (or cannot show) is absent. */
    Map<String, String> statuses(Collection<String> orderIds) throws InterruptedException {
        Map<String, String> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (String orderId : orderIds) {
            pool.submit(() -> {
                for (int attempt = 0; attempt < 3; attempt++) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(instance.baseUrl()
                                        + "/merchant/v1/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8)))
                                .timeout(Duration.ofSeconds(10)).header("Authorization", authorization)
                                .header("x-merchantid", merchantId).GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            statuses.put(orderId, JSON.readTree(response.body()).path("status").asText());
                        }
                        if (response.statusCode() < 500) {
                            return;
                        }
                    } catch (Exception e) {
                        // asked again below
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return statuses;
    }
}
