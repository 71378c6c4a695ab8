package io.payout.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.payout.application.callback.ConfigureWebhookService;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.domain.MerchantId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.WebhookSubscription;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A new merchant of the application under test, as Pay and Fulfill tests see it: creating orders, cancelling
 * fulfillments, and reading orders with everything expanded ({@code fulfillment,payment,refund}).
 */
final class PayAndFulfillMerchant {
    private static final String ORDERS = "/payout/merchant/v1/orders";
    private final HttpApi api;
    private final MerchantId id;
    private final String apiKey;

    private PayAndFulfillMerchant(HttpApi api, MerchantId id, String apiKey) {
        this.api = api;
        this.id = id;
        this.apiKey = apiKey;
    }

    /** A merchant with a fresh id, created as an operator's command would (through {@code sideDoor}). */
    static PayAndFulfillMerchant create(Persistence sideDoor, HttpApi api) {
        return create(sideDoor, api, "pf-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A merchant with this id (one the configuration names). */
    static PayAndFulfillMerchant create(Persistence sideDoor, HttpApi api, String merchantId) {
        MerchantId id = new MerchantId(merchantId);
        return new PayAndFulfillMerchant(api, id,
                new CreateMerchantService(sideDoor.merchants(), PayoutApplication.CLOCK).createMerchant(id).apiKey());
    }

    /** The same merchant spoken to through another instance. */
    PayAndFulfillMerchant via(HttpApi other) {
        return new PayAndFulfillMerchant(other, id, apiKey);
    }

    /** The merchant's callbacks go to {@code target}, for {@code labels} (none: every label). */
    PayAndFulfillMerchant subscribe(Persistence sideDoor, WebhookTarget target, EventLabel... labels) {
        new ConfigureWebhookService(sideDoor.merchants()).configure(id, new WebhookSubscription(target,
                Set.of(labels)));
        return this;
    }

    HttpResponse<String> create(String body) {
        return api.post(ORDERS, apiKey, body);
    }

    /** Creates the order, which must be accepted: @return the create response */
    JsonNode created(String body) {
        HttpResponse<String> created = create(body);
        if (created.statusCode() != 200) {
            throw new AssertionError("order not created: " + created.statusCode() + " " + created.body());
        }
        return CallbackMerchant.json(created.body());
    }

    /** Juspay's fulfillment cancel. */
    HttpResponse<String> cancel(String fulfillmentId) {
        return api.post("/payout/merchant/v1/fulfillment/" + fulfillmentId + "/cancel", apiKey, "{}");
    }

    /** The order as the status API shows it with fulfillments, payments and refunds. */
    JsonNode order(String merchantOrderId) {
        HttpResponse<String> order = api.get(ORDERS + "/" + merchantOrderId + "?expand=fulfillment,payment,refund",
                apiKey);
        if (order.statusCode() != 200) {
            throw new AssertionError("order not readable: " + order.statusCode() + " " + order.body());
        }
        return CallbackMerchant.json(order.body());
    }

    JsonNode await(String merchantOrderId, String what, Duration timeout, Predicate<JsonNode> done) throws Exception {
        return Eventually.await("order " + merchantOrderId + " " + what, timeout, () -> order(merchantOrderId), done);
    }

    JsonNode awaitStatus(String merchantOrderId, String status, Duration timeout) throws Exception {
        return await(merchantOrderId, status, timeout, o -> o.path("status").asText().equals(status));
    }

    /** Waits until the order has {@code count} refunds, all in {@code status}. */
    JsonNode awaitRefunds(String merchantOrderId, int count, String status, Duration timeout) throws Exception {
        return await(merchantOrderId, count + " refund(s) " + status, timeout, o -> {
            JsonNode refunds = o.path("refunds");
            for (JsonNode refund : refunds) {
                if (!refund.path("status").asText().equals(status)) {
                    return false;
                }
            }
            return refunds.size() == count;
        });
    }

    /** Checks for {@code during} that the order stays as {@code invariant} says; @return how it last was */
    JsonNode holds(String merchantOrderId, String what, Duration during, Predicate<JsonNode> invariant)
            throws Exception {
        return Meanwhile.holds("order " + merchantOrderId + " " + what, during, () -> order(merchantOrderId),
                invariant);
    }

    /** The order is still only created: {@code CREATED}, its payment awaited, its fulfillments not started. */
    static boolean awaitingPayment(JsonNode order) {
        return order.path("status").asText().equals("CREATED")
                && order.at("/payments/0/status").asText().equals("AWAITING_PAYMENT")
                && noTransactions(order);
    }

    static boolean noTransactions(JsonNode order) {
        for (JsonNode fulfillment : order.path("fulfillments")) {
            if (!fulfillment.path("transactions").isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
