package io.payout.adapters.rest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Speaks HTTP/1.1 to the running API as a merchant's integration would. */
public final class ApiClient {
    public static final String ORDERS = "/payout/merchant/v1/orders";
    public static final String FULFILLMENTS = "/payout/merchant/v1/fulfillment";
    public static final String CALLBACKS = "/payout/merchant/v1/callbacks";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ApiClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    public static String basic(String apiKey) {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    public ApiResponse createOrder(String apiKey, String json) {
        return send(request(ORDERS).header("Authorization", basic(apiKey)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public ApiResponse getOrder(String apiKey, String orderIdAndQuery) {
        return send(request(ORDERS + "/" + orderIdAndQuery).header("Authorization", basic(apiKey)).GET().build());
    }

    /** The order listing; {@code query} (may be empty) is sent as is, so encode what needs it. */
    public ApiResponse listOrders(String apiKey, String query) {
        return send(request(ORDERS + (query.isEmpty() ? "" : "?" + query)).header("Authorization", basic(apiKey))
                .GET().build());
    }

    /** Cancels as most clients do: POST with no body and no Content-Type. */
    public ApiResponse cancel(String apiKey, String fulfillmentId) {
        return send(request(cancelPath(fulfillmentId)).header("Authorization", basic(apiKey))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** An order's callback delivery log. */
    public ApiResponse callbacks(String apiKey, String orderId) {
        return send(request(ORDERS + "/" + orderId + "/callbacks").header("Authorization", basic(apiKey)).GET()
                .build());
    }

    /** Asks for one more attempt at a callback: POST with no body. */
    public ApiResponse redeliver(String apiKey, String callbackId) {
        return send(request(CALLBACKS + "/" + callbackId + "/redeliver").header("Authorization", basic(apiKey))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public static String cancelPath(String fulfillmentId) {
        return FULFILLMENTS + "/" + fulfillmentId + "/cancel";
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    }

    public ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException staleConnection) {
                // The JDK client may reuse a pooled connection the server has just closed after an error response
                // whose body it did not read; the request never reached the server, so it is sent once more on a
                // new connection. Any other failure still fails the test.
                if (!String.valueOf(staleConnection.getMessage()).contains("received no bytes")) {
                    throw staleConnection;
                }
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
