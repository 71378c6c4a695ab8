package io.payout.gateway.razorpayx;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Speaks HTTP to RazorpayX with Basic authentication; every exchange is bounded by the request timeout. */
final class RazorpayXClient {
    private final HttpClient http;
    private final URI baseUrl;
    private final String authorization;
    private final Duration timeout;

    RazorpayXClient(RazorpayXSettings settings) {
        this.baseUrl = settings.baseUrl();
        this.timeout = settings.requestTimeout();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.keyId() + ":" + settings.keySecret()).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpAnswer post(String pathAndQuery, String json, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(pathAndQuery)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("X-Payout-Idempotency", idempotencyKey);
        }
        return send(request.build());
    }

    HttpAnswer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET().build());
    }

    /** The value of the Authorization header, so that it can be kept out of anything we report. */
    String authorization() {
        return authorization;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    /** Bounded as a whole (headers and body), not only until the headers arrive. */
    private HttpAnswer send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new HttpAnswer(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("exchange failed", e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }
}
