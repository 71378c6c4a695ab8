package io.payout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.application.callback.ConfigureWebhookService;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.merchant.MerchantCredentials;
import io.payout.domain.MerchantId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.WebhookSubscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A new merchant of the application under test, as its callback tests see it: its credentials, its callback
 * configuration, and the merchant API calls about orders and their delivery logs.
 */
final class CallbackMerchant {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpApi api;
    private final MerchantCredentials credentials;

    private CallbackMerchant(HttpApi api, MerchantCredentials credentials) {
        this.api = api;
        this.credentials = credentials;
    }

    /** A merchant with a fresh id, created as an operator's command would (through a second pool). */
    static CallbackMerchant create(Persistence persistence, HttpApi api) {
        MerchantId id = new MerchantId("cb-" + UUID.randomUUID().toString().substring(0, 8));
        return new CallbackMerchant(api, new CreateMerchantService(persistence.merchants(), PayoutApplication.CLOCK)
                .createMerchant(id));
    }

    /** The same merchant spoken to through another instance. */
    CallbackMerchant via(HttpApi other) {
        return new CallbackMerchant(other, credentials);
    }

    /** Sets the merchant's callback configuration: {@code target}, for {@code labels} (none: every label). */
    CallbackMerchant subscribe(Persistence persistence, WebhookTarget target, EventLabel... labels) {
        new ConfigureWebhookService(persistence.merchants()).configure(credentials.merchantId(),
                new WebhookSubscription(target, Set.of(labels)));
        return this;
    }

    String id() {
        return credentials.merchantId().value();
    }

    String apiKey() {
        return credentials.apiKey();
    }

    String webhookSecret() {
        return credentials.webhookSecret();
    }

    /** Creates the order; @return our order id (the prefix of its callback ids), not the merchant's orderId */
    String createOrder(String body) {
        HttpResponse<String> created = api.post("/payout/merchant/v1/orders", apiKey(), body);
        if (created.statusCode() != 200) {
            throw new AssertionError("order not created: " + created.statusCode() + " " + created.body());
        }
        return json(created.body()).get("id").asText();
    }

    JsonNode order(String merchantOrderId) {
        return json(api.get("/payout/merchant/v1/orders/" + merchantOrderId + "?expand=fulfillment", apiKey()).body());
    }

    JsonNode awaitOrderStatus(String merchantOrderId, String status, Duration timeout) throws Exception {
        return Eventually.await("order " + merchantOrderId + " " + status, timeout, () -> order(merchantOrderId),
                o -> o.path("status").asText().equals(status));
    }

    HttpResponse<String> deliveryLogResponse(String merchantOrderId) {
        return api.get("/payout/merchant/v1/orders/" + merchantOrderId + "/callbacks", apiKey());
    }

    /** The order's callbacks, by sequence, as the delivery log shows them. */
    JsonNode deliveryLog(String merchantOrderId) {
        HttpResponse<String> response = deliveryLogResponse(merchantOrderId);
        if (response.statusCode() != 200) {
            throw new AssertionError("delivery log not readable: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).get("callbacks");
    }

    JsonNode awaitDeliveryLog(String merchantOrderId, String what, Duration timeout, Predicate<JsonNode> done)
            throws Exception {
        return Eventually.await(what, timeout, () -> deliveryLog(merchantOrderId), done);
    }

    HttpResponse<String> redeliver(String callbackId) {
        return api.post("/payout/merchant/v1/callbacks/" + callbackId + "/redeliver", apiKey(), "");
    }

    /** Whether every callback in {@code log} is in {@code status} (and there is at least {@code count}). */
    static boolean all(JsonNode log, int count, String status) {
        if (log.size() < count) {
            return false;
        }
        for (JsonNode callback : log) {
            if (!callback.get("status").asText().equals(status)) {
                return false;
            }
        }
        return true;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
