package io.payout.adapters.rest.callback;

import io.payout.application.callback.PendingCallback;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.CallbackEvent;
import java.time.Instant;

/** An order with a transaction at the gateway, and callbacks about it, for the callback adapter's tests. */
final class CallbackFixtures {
    static final String ORDER_ID = "0123456789abcdef0123456789abcd";
    static final Instant ACCEPTED = Instant.parse("2024-01-15T10:00:00.250Z");
    static final Instant SENT = ACCEPTED.plusSeconds(60);
    static final Instant ANSWERED = SENT.plusSeconds(3).plusMillis(700);
    /** The first fulfillment's webhook password (SampleOrders'), which must never be posted or shown. */
    static final String HOOK_PASSWORD = "hook-pass";

    private CallbackFixtures() {
    }

    /** Two fulfillments; the first (with webhookDetails) PENDING with one transaction PENDING at the gateway. */
    static Order order() {
        CreateOrderCommand command = SampleOrders.twoFulfillments("m-callbacks", "ord-cb-1");
        Order accepted = Order.acceptFulfillOnly(new OrderId(ORDER_ID), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), ACCEPTED);
        Fulfillment first = accepted.fulfillments().get(0);
        Transaction transaction = Transaction.created(first.id().transaction(1), new MethodId("DUMMY_IMPS"),
                        first.amount(), SENT)
                .with(TransactionStatus.PENDING, new GatewayResponse("gw-ref-9", "P01", "accepted", "in flight",
                        "{\"state\":\"PENDING\"}"), ANSWERED);
        Fulfillment sent = first.withTransaction(transaction, ANSWERED).withStatus(FulfillmentStatus.PENDING, ANSWERED);
        return accepted.withFulfillment(sent, ANSWERED).withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, ANSWERED);
    }

    static CallbackEvent event(EventLabel label, String value, String entityId) {
        return new CallbackEvent(label, value, entityId, ANSWERED);
    }

    static PendingCallback pending(String url, String username, String password, String customHeader) {
        Order order = order();
        CallbackEvent event = event(EventLabel.FULFILLMENT_TXN, "INITIATED", ORDER_ID + "-f1-t1");
        return new PendingCallback(ORDER_ID + "-c3", order.merchantId(), order.id(), 3, event,
                new CallbackInfoRenderer().render(order, event), new WebhookTarget(url, username, password,
                customHeader), 0, 0);
    }
}
