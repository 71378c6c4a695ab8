package io.payout.adapters.persistence;

import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Payment;
import java.time.Duration;
import java.time.Instant;

/** Pay and Fulfill orders and their payments as the application would store them. */
final class TestPayments {
    static final String PROVIDER = "dummy-collect";
    static final Duration PAYMENT_WINDOW = Duration.ofMinutes(15);

    private TestPayments() {
    }

    /** A new Pay and Fulfill order ({@code CREATED}) for the command, as created at {@code now}. */
    static Order payAndFulfill(CreateOrderCommand command, Instant now) {
        return Order.acceptPayAndFulfill(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), now);
    }

    /** The order's payment at {@link #PROVIDER}, not yet created there, opened at {@code now}. */
    static Payment open(Order order, String providerOrderId, Instant now) {
        return Payment.open(order.id(), order.merchantId(), PROVIDER, providerOrderId, order.amount(), null,
                now.plus(PAYMENT_WINDOW), now);
    }
}
