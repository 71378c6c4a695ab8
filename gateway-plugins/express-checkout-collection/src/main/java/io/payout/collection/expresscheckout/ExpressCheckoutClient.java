package io.payout.collection.expresscheckout;

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
import java.util.function.Function;

/**
 * Speaks HTTP to Express Checkout: HTTP Basic with the API key as user and an empty password, {@code x-merchantid}
 * on every request, form-encoded bodies. Every exchange (headers and body) is bounded by the timeout.
 */
final class ExpressCheckoutClient {
    private final HttpClient http;
    private final URI baseUrl;
    private final String authorization;
    private final String merchantId;
    private final Duration timeout;

    ExpressCheckoutClient(ExpressCheckoutSettings settings) {
        this.baseUrl = settings.baseUrl();
        this.timeout = settings.timeout();
        this.merchantId = settings.merchantId();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpAnswer postForm(String path, FormBody form) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded(), StandardCharsets.UTF_8))
                .build());
    }

    HttpAnswer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /**
     * Sends one request and answers what its answer means; no answer (a timeout, a connection error, an interrupt)
     * is {@code unknown}'s answer to the reason.
     */
    <T> T exchange(Call call, Function<HttpAnswer, T> meaning, Function<String, T> unknown) {
        try {
            return meaning.apply(call.send(this));
        } catch (HttpTimeoutException e) {
            return unknown.apply("no answer from Express Checkout within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return unknown.apply("no answer from Express Checkout: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unknown.apply("interrupted while waiting for Express Checkout");
        }
    }

    /** The value of the Authorization header, so that it can be kept out of anything we report. */
    String authorization() {
        return authorization;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("x-merchantid", merchantId)
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

    /** One request to send. */
    @FunctionalInterface
    interface Call {
        HttpAnswer send(ExpressCheckoutClient client) throws IOException, InterruptedException;
    }
}
