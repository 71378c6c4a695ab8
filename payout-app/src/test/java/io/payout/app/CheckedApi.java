package io.payout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.app.openapi.Conformance;
import io.payout.app.openapi.OpenApiDescription.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HTTP client for the merchant API (paths relative to {@code /payout}) that checks every exchange against the
 * OpenAPI description ({@link Conformance}) and fails the test on the first thing the description does not say: an
 * undescribed path or status, a missing header, a body off its schema; a request the server accepted (2xx) must match
 * its operation's request schema too. It notes which operations answered with which statuses.
 */
final class CheckedApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Conformance conformance;
    private final Set<String> exercised;

    /** @param exercised where {@code METHOD /template STATUS} of each checked response is added */
    CheckedApi(int port, Conformance conformance, Set<String> exercised) {
        this.base = "http://127.0.0.1:" + port + "/payout";
        this.conformance = conformance;
        this.exercised = exercised;
    }

    Exchange get(String path, String apiKey, String... headers) {
        return send("GET", path, apiKey, null, null, headers);
    }

    Exchange post(String path, String apiKey, String json, String... headers) {
        return send("POST", path, apiKey, json == null ? null : "application/json", json, headers);
    }

    /** {@code headers}: names and values, alternating. */
    Exchange send(String method, String path, String apiKey, String contentType, String body, String... headers) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (apiKey != null) {
            header(request, sent, "Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            header(request, sent, "Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            header(request, sent, headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        Exchange exchange = unchecked(request.build());
        check(method, path, sent, body, exchange);
        return exchange;
    }

    /** Sends without checking (for paths this branch does not serve yet). */
    Exchange unchecked(String method, String path) {
        return unchecked(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private void check(String method, String path, Map<String, List<String>> sent, String body, Exchange exchange) {
        List<String> problems = new ArrayList<>(conformance.ofResponse(method, path, exchange.status(),
                exchange.headers(), exchange.body()));
        Operation operation = conformance.spec().operation(method, path).orElse(null);
        if (operation != null && exchange.status() / 100 == 2) {
            problems.addAll(conformance.ofRequest(operation, sent, body));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + path + " -> " + exchange.status() + " does not match openapi.yaml:\n  "
                    + String.join("\n  ", problems) + "\nresponse headers: " + exchange.headers()
                    + "\nresponse body: " + exchange.body());
        }
        if (operation != null) {
            exercised.add(operation.key() + " " + exchange.status());
        }
    }

    private static void header(HttpRequest.Builder request, Map<String, List<String>> sent, String name, String value) {
        request.header(name, value);
        sent.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    private Exchange unchecked(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Exchange(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers (names as received) and body. */
    record Exchange(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        String errorCode() {
            return json().path("errorCode").asText();
        }
    }
}
