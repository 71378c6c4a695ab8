package io.payout.adapters.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.collection.port.SandboxCollectionPort;
import io.payout.application.engine.WebhookRejectedException;
import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The collection providers of the REST tests, {@code EXPRESS_CHECKOUT} and {@code SANDBOX}, answering from a script:
 * a created order awaits payment with links under {@link #LINKS} until it is paid (the sandbox's
 * {@link #markPaid}, for its own orders only); while {@link #goDown down} nothing is created (no reliable answer). A webhook is authentic
 * when it carries HTTP Basic {@link #WEBHOOK_USERNAME}:{@link #WEBHOOK_PASSWORD}, and names the collection order
 * in {@code content.order.order_id}, as Express Checkout's do.
 */
public final class ScriptedCollectionProvider implements CollectionProviderPort, SandboxCollectionPort {
    public static final String EXPRESS_CHECKOUT = "EXPRESS_CHECKOUT";
    public static final String SANDBOX = "SANDBOX";
    public static final String LINKS = "https://pay.example/merchant/";
    public static final String WEBHOOK_USERNAME = "ec-hook-user";
    public static final String WEBHOOK_PASSWORD = "ec-hook-pass-7";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Provider order ids created, with their provider. */
    private final Map<String, String> created = new ConcurrentHashMap<>();
    private final Set<String> paid = ConcurrentHashMap.newKeySet();
    private final AtomicInteger webhooksVerified = new AtomicInteger();
    private volatile boolean down;
    private volatile Map<String, List<String>> lastWebhookHeaders = Map.of();

    public static String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((WEBHOOK_USERNAME + ":" + WEBHOOK_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static PaymentLinks linksOf(String providerOrderId) {
        return new PaymentLinks(LINKS + "pay/" + providerOrderId, LINKS + "pay/" + providerOrderId + "?mobile=true",
                LINKS + "ipay/" + providerOrderId);
    }

    /** From now on, the provider cannot be reached. */
    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    @Override
    public ProviderAnswer create(Payment payment, Order order, Instant now) {
        if (down) {
            return new ProviderAnswer.Unknown("connection refused", false);
        }
        created.put(payment.providerOrderId(), payment.provider());
        return inquire(payment);
    }

    @Override
    public ProviderAnswer inquire(Payment payment) {
        if (down) {
            return new ProviderAnswer.Unknown("connection refused", false);
        }
        if (!payment.provider().equals(created.get(payment.providerOrderId()))) {
            return new ProviderAnswer.Unknown("no such order", true);
        }
        return paid.contains(payment.providerOrderId())
                ? new ProviderAnswer.Charged(payment.amount(), "CHARGED")
                : new ProviderAnswer.AwaitingPayment("NEW", linksOf(payment.providerOrderId()));
    }

    @Override
    public RefundAnswer refund(Refund refund) {
        return inquireRefund(refund);
    }

    @Override
    public RefundAnswer inquireRefund(Refund refund) {
        return down ? new RefundAnswer.Unknown("connection refused", false)
                : new RefundAnswer.Known(RefundStatus.SUCCESS, "rfnd_" + refund.uniqueRequestId(), null);
    }

    @Override
    public List<String> verifyWebhook(String provider, Map<String, List<String>> headers, byte[] body) {
        lastWebhookHeaders = headers;
        if (!List.of(basicAuth()).equals(headers.get("authorization"))) {
            throw new WebhookRejectedException("the webhook's credentials do not match");
        }
        try {
            JsonNode orderId = JSON.readTree(body).at("/content/order/order_id");
            if (!orderId.isTextual()) {
                throw new WebhookRejectedException("the webhook names no order");
            }
            webhooksVerified.incrementAndGet();
            return List.of(orderId.asText());
        } catch (IOException e) {
            throw new WebhookRejectedException("the webhook is not JSON");
        }
    }

    @Override
    public boolean isConfigured(String provider) {
        return EXPRESS_CHECKOUT.equals(provider) || SANDBOX.equals(provider);
    }

    @Override
    public boolean markPaid(String providerOrderId) {
        if (!SANDBOX.equals(created.get(providerOrderId))) {
            return false;
        }
        paid.add(providerOrderId);
        return true;
    }

    public boolean isPaid(String providerOrderId) {
        return paid.contains(providerOrderId);
    }

    /** How many webhooks passed {@link #verifyWebhook}. */
    public int webhooksVerified() {
        return webhooksVerified.get();
    }

    /** The headers of the last webhook given to {@link #verifyWebhook}, as the resource passed them. */
    public Map<String, List<String>> lastWebhookHeaders() {
        return lastWebhookHeaders;
    }
}
