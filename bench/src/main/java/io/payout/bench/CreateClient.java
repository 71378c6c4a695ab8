package io.payout.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Sends Fulfill Only creates on DUMMY_IMPS (1.00 to 10.00 to a bank account: DUMMY pays them) over HTTP/1.1. */
final class CreateClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ordersUri;
    private final String authorization;
    private final String merchantId;

    CreateClient(URI api, String apiKey, String merchantId) {
        this.ordersUri = api.resolve("/payout/merchant/v1/orders");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        this.merchantId = merchantId;
    }

    /** The answer to a create: its HTTP status (-1: no answer came) and, for a 429, how long to wait. */
    record Answer(int status, Duration retryAfter) {
        static final Answer NONE = new Answer(-1, Duration.ZERO);

        /** Not accepted, to be sent again later with the same orderId (admission control or a rate limit). */
        boolean refused() {
            return status == 429;
        }
    }

    /** Sends one create, {@code body} as {@link #body} made it (a retry sends the same body again). */
    Answer create(String body) {
        HttpRequest request = HttpRequest.newBuilder(ordersUri).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("x-merchantid", merchantId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), retryAfter(response));
        } catch (java.io.IOException e) {
            return Answer.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NONE;
        }
    }

    /** {@code Retry-After} in seconds; 1 s when it is missing or not a number of seconds. */
    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(
                    response.headers().firstValue("Retry-After").orElse("1").trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    /** A create of order {@code merchantOrderId}, of a random amount from 1.00 to 10.00. */
    static String body(String merchantOrderId) {
        int cents = ThreadLocalRandom.current().nextInt(100, 1001);
        String amount = (cents / 100) + "." + String.format("%02d", cents % 100);
        return "{\"orderId\":\"" + merchantOrderId + "\",\"amount\":" + amount + ",\"customerId\":\"bench-cust\","
                + "\"type\":\"FULFILL_ONLY\",\"fulfillments\":[{\"amount\":" + amount + ","
                + "\"preferredMethodList\":[\"DUMMY_IMPS\"],"
                + "\"beneficiaryDetails\":{\"type\":\"ACCOUNT_IFSC\",\"details\":{\"name\":\"Asha Rao\","
                + "\"account\":\"026291800001191\",\"ifsc\":\"YESB0000262\"}},"
                + "\"additionalInfo\":{\"remark\":\"bench\"}}]}";
    }
}
