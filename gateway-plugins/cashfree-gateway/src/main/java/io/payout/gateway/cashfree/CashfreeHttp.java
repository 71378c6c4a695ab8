package io.payout.gateway.cashfree;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request to Cashfree with the credential headers and waits at most the request timeout for the whole
 * answer. No answer (timeout, connection error, interrupt) is a {@link NoAnswer}, whose message never holds
 * credentials.
 */
final class CashfreeHttp {
    private final CashfreeSettings settings;
    private final HttpClient client;

    CashfreeHttp(CashfreeSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An HTTP status and body. */
    record Answer(int status, String body) {
    }

    Answer post(String path, String requestId, String json) throws NoAnswer {
        return send(builder(path, requestId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Answer get(String pathAndQuery, String requestId) throws NoAnswer {
        return send(builder(pathAndQuery, requestId).GET().build());
    }

    private HttpRequest.Builder builder(String path, String requestId) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("x-client-id", settings.clientId())
                .header("x-client-secret", settings.clientSecret())
                .header("x-api-version", settings.apiVersion())
                .header("x-request-id", requestId);
    }

    private Answer send(HttpRequest request) throws NoAnswer {
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new NoAnswer("no answer within " + settings.requestTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            throw new NoAnswer("no answer: " + e.getCause().getClass().getSimpleName());
        }
    }

    /** The request got no answer; it may or may not have reached Cashfree. */
    static final class NoAnswer extends Exception {
        NoAnswer(String reason) {
            super(reason);
        }
    }
}
