package io.payout.collection.expresscheckout;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.collection.spi.WebhookParse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Express Checkout merchant account. Our provider order id is Express Checkout's {@code order_id}, so creating
 * twice finds the first order, and a refund's unique request id is its {@code unique_request_id}, so asking twice
 * refunds once ({@link RefundCalls}). No answer, a 5xx or an unreadable body is {@code Unknown}; nothing here throws
 * for the provider's failures. Ids and amounts Express Checkout cannot take are refused before any call.
 */
final class ExpressCheckoutProvider implements CollectionProvider {
    private final ExpressCheckoutSettings settings;
    private final ExpressCheckoutClient client;
    private final Redactor redactor;
    private final RefundCalls refunds;
    private final WebhookReader webhooks;

    ExpressCheckoutProvider(ExpressCheckoutSettings settings) {
        this.settings = settings;
        this.client = new ExpressCheckoutClient(settings);
        List<String> secrets = new ArrayList<>(settings.secrets());
        secrets.add(client.authorization());
        secrets.add(client.authorization().substring("Basic ".length()));
        this.redactor = new Redactor(secrets);
        this.refunds = new RefundCalls(client, redactor);
        this.webhooks = new WebhookReader(settings.webhookUsername(), settings.webhookPassword());
    }

    @Override
    public CollectionOrderState createOrder(CollectionRequest request) {
        String orderId = ProviderIds.orderId(request.providerOrderId());
        FormBody form = new FormBody()
                .add("order_id", orderId)
                .add("amount", ProviderIds.amount(request.amount()))
                .add("currency", request.currency())
                .add("customer_id", request.customerId())
                .add("customer_email", request.customerEmail())
                .add("customer_phone", request.customerPhone())
                .add("description", request.description())
                .add("return_url", settings.returnUrl().orElse(null))
                .add("metadata.expiryInMins",
                        request.expiryInMinutes() > 0 ? String.valueOf(request.expiryInMinutes()) : null);
        return client.exchange(http -> http.postForm("/orders", form), answer -> created(orderId, answer),
                this::unknown);
    }

    @Override
    public CollectionOrderState inquire(String providerOrderId) {
        String orderId = ProviderIds.orderId(providerOrderId);
        return client.exchange(http -> http.get(orderPath(orderId)), answer -> orderState(orderId, answer),
                this::unknown);
    }

    @Override
    public RefundState refund(RefundRequest request) {
        return refunds.refund(request);
    }

    @Override
    public RefundState inquireRefund(String providerOrderId, String uniqueRequestId) {
        return refunds.inquire(providerOrderId, uniqueRequestId);
    }

    @Override
    public WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body) {
        return webhooks.read(headers, body);
    }

    static String orderPath(String orderId) {
        return "/orders/" + orderId;
    }

    /** A 4xx to a create: most likely the order exists already (a lost answer); the status call says. */
    private CollectionOrderState created(String orderId, HttpAnswer answer) {
        if (answer.ok()) {
            return OrderStatusMapping.toState(orderId, redactor.clean(answer.body()));
        }
        if (!answer.clientError()) {
            return unknown("Express Checkout answered HTTP " + answer.status() + " to the order");
        }
        CollectionOrderState existing = inquire(orderId);
        if (existing instanceof CollectionOrderState.Unknown unknown && unknown.notFound()) {
            return new CollectionOrderState.Unknown("Express Checkout refused the order (HTTP " + answer.status()
                    + ") and has no order with this id", true);
        }
        return existing;
    }

    private CollectionOrderState orderState(String orderId, HttpAnswer answer) {
        if (answer.ok()) {
            return OrderStatusMapping.toState(orderId, redactor.clean(answer.body()));
        }
        if (answer.orderNotFound()) {
            return new CollectionOrderState.Unknown("Express Checkout has no order with this id", true);
        }
        return unknown("Express Checkout answered HTTP " + answer.status() + " to the status call");
    }

    private CollectionOrderState unknown(String reason) {
        return new CollectionOrderState.Unknown(redactor.clean(reason), false);
    }
}
