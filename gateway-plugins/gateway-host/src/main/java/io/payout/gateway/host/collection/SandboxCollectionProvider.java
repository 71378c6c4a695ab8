package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.collection.spi.WebhookParse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in {@code SANDBOX} collection provider: an in-memory ledger, for trying Pay and Fulfill without money.
 * An order is {@code Open("NEW")} with the web (and mobile) link {@code <publicBaseUrl>/sandbox/collections/<id>}
 * until {@link #markPaid} (the end user "pays" on that page); it is then {@code Charged}. Refunds succeed at once,
 * up to what was charged, idempotent by unique request id. It never receives webhooks: the service tells itself
 * in-process, so {@link #parseWebhook} rejects every one. Thread safe; forgets everything when the service stops.
 */
public final class SandboxCollectionProvider implements CollectionProvider {
    public static final String PROVIDER_ID = "SANDBOX";
    public static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080/payout";
    private static final String PAGE_PATH = "/sandbox/collections/";

    private final String publicBaseUrl;
    private final Map<String, SandboxOrder> orders = new ConcurrentHashMap<>();

    /** @param publicBaseUrl where this service is reached from a browser, e.g. {@value #DEFAULT_PUBLIC_BASE_URL} */
    public SandboxCollectionProvider(String publicBaseUrl) {
        String base = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Creates the order, or answers the state of the one with this id. */
    @Override
    public CollectionOrderState createOrder(CollectionRequest request) {
        String id = request.providerOrderId();
        return orders.computeIfAbsent(id, key -> new SandboxOrder(key, request.amount(), publicBaseUrl + PAGE_PATH + key))
                .state();
    }

    @Override
    public CollectionOrderState inquire(String providerOrderId) {
        SandboxOrder order = orders.get(providerOrderId);
        return order == null ? new CollectionOrderState.Unknown("the sandbox has no such order", true) : order.state();
    }

    /** The end user pays the order in full. @return false if the sandbox has no such order */
    public boolean markPaid(String providerOrderId) {
        return markPaid(providerOrderId, null);
    }

    /** The end user pays {@code amount} (to try an amount mismatch). @return false if there is no such order */
    public boolean markPaid(String providerOrderId, BigDecimal amount) {
        SandboxOrder order = providerOrderId == null ? null : orders.get(providerOrderId);
        if (order == null) {
            return false;
        }
        order.pay(amount);
        return true;
    }

    @Override
    public RefundState refund(RefundRequest request) {
        SandboxOrder order = orders.get(request.providerOrderId());
        return order == null ? new RefundState.Unknown("the sandbox has no such order", true)
                : order.refund(request.uniqueRequestId(), request.amount());
    }

    @Override
    public RefundState inquireRefund(String providerOrderId, String uniqueRequestId) {
        SandboxOrder order = orders.get(providerOrderId);
        if (order == null) {
            return new RefundState.Unknown("the sandbox has no such order", true);
        }
        return order.refund(uniqueRequestId).<RefundState>map(known -> known)
                .orElseGet(() -> new RefundState.Unknown("the sandbox has no such refund", true));
    }

    @Override
    public WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body) {
        return WebhookParse.rejected();
    }
}
