package io.payout.adapters.persistence;

import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.NewCallback;
import io.payout.domain.Order;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.CallbackStatus;
import io.payout.domain.collection.Refund;
import java.time.Duration;
import java.time.Instant;

/** Callbacks and delivery outcomes as the composer and the relay make them, for the outbox tests. */
final class TestCallbacks {
    static final WebhookTarget MERCHANT_HOOK = new WebhookTarget("https://merchant.example/hooks", "hook-user",
            "hook-pass", "{\"x-tenant\":\"t1\"}");
    static final WebhookTarget OTHER_HOOK = new WebhookTarget("http://other.example/callbacks", null, null, null);
    static final Duration TOOK = Duration.ofMillis(250);

    private TestCallbacks() {
    }

    /** An ORDER callback reporting {@code value} at {@code at}, to the merchant's hook. */
    static NewCallback orderCallback(Order order, String value, Instant at) {
        return orderCallback(MERCHANT_HOOK, order, value, at);
    }

    static NewCallback orderCallback(WebhookTarget target, Order order, String value, Instant at) {
        String info = "{\"orderId\":\"" + order.merchantOrderId().value() + "\",\"status\":\"" + value + "\"}";
        return new NewCallback(new CallbackEvent(EventLabel.ORDER, value, order.id().value(), at), target, info);
    }

    /** A REFUND callback reporting {@code value} of the refund at {@code at}, to the merchant's hook. */
    static NewCallback refundCallback(Refund refund, String value, Instant at) {
        String info = "{\"refundId\":\"" + refund.id() + "\",\"status\":\"" + value + "\"}";
        return new NewCallback(new CallbackEvent(EventLabel.REFUND, value, refund.id(), at), MERCHANT_HOOK, info);
    }

    /** The id the outbox gives the order's callback number {@code seq}. */
    static String callbackId(Order order, long seq) {
        return order.id().value() + "-c" + seq;
    }

    /** An attempt started at {@code at} that took {@link #TOOK}; {@code httpStatus} null: none arrived. */
    static DeliveryAttempt attempt(Instant at, Integer httpStatus, String error) {
        return new DeliveryAttempt(at, TOOK, httpStatus, error);
    }

    static DeliveryOutcome delivered(String callbackId, Instant at) {
        return new DeliveryOutcome(callbackId, attempt(at, 200, null), CallbackStatus.DELIVERED, null, 0);
    }

    static DeliveryOutcome retryAt(String callbackId, Instant at, Instant next, int retryStep) {
        return new DeliveryOutcome(callbackId, attempt(at, 503, null), CallbackStatus.PENDING, next, retryStep);
    }

    static DeliveryOutcome failed(String callbackId, Instant at) {
        return new DeliveryOutcome(callbackId, attempt(at, null, "connect timed out"), CallbackStatus.FAILED, null, 16);
    }
}
