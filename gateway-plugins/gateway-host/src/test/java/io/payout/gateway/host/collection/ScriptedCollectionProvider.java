package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.collection.spi.WebhookParse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A provider that records what it is asked and answers what the test scripts (or throws what it scripts). */
final class ScriptedCollectionProvider implements CollectionProvider {
    final List<Object> requests = new CopyOnWriteArrayList<>();
    volatile Supplier<CollectionOrderState> orderAnswer = () -> new CollectionOrderState.Unknown("unscripted", false);
    volatile Supplier<RefundState> refundAnswer = () -> new RefundState.Unknown("unscripted", false);
    volatile Supplier<WebhookParse> webhookAnswer = WebhookParse::rejected;
    volatile boolean closed;

    @Override
    public CollectionOrderState createOrder(CollectionRequest request) {
        requests.add(request);
        return orderAnswer.get();
    }

    @Override
    public CollectionOrderState inquire(String providerOrderId) {
        requests.add("inquire " + providerOrderId);
        return orderAnswer.get();
    }

    @Override
    public RefundState refund(RefundRequest request) {
        requests.add(request);
        return refundAnswer.get();
    }

    @Override
    public RefundState inquireRefund(String providerOrderId, String uniqueRequestId) {
        requests.add("inquireRefund " + providerOrderId + " " + uniqueRequestId);
        return refundAnswer.get();
    }

    @Override
    public WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body) {
        return webhookAnswer.get();
    }

    @Override
    public void close() {
        closed = true;
    }
}
