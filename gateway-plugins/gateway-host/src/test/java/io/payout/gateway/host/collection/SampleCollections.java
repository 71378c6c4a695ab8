package io.payout.gateway.host.collection;

import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A Pay and Fulfill order with its payment (and a refund of it), on a fresh order id each time. */
record SampleCollections(Order order, Payment payment) {
    static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    static final MerchantId MERCHANT = new MerchantId("acme");

    /** An order of {@code amount} collected by {@code provider} as {@code providerOrderId}, payable for 30 minutes. */
    static SampleCollections of(String provider, String providerOrderId, String amount) {
        return of(provider, providerOrderId, amount, new Customer(new CustomerId("cust-42"), "9876543210",
                "asha@example.com"));
    }

    static SampleCollections of(String provider, String providerOrderId, String amount, Customer customer) {
        OrderId id = OrderId.random();
        Order order = new Order(id, MERCHANT, new MerchantOrderId("merchant-order-7"), OrderType.PAY_AND_FULFILL,
                OrderStatus.CREATED, Money.of(amount), customer, Udfs.NONE, List.of(), NOW, NOW);
        Payment payment = Payment.open(id, MERCHANT, provider, providerOrderId, Money.of(amount), null,
                NOW.plus(Duration.ofMinutes(30)), NOW);
        return new SampleCollections(order, payment);
    }

    /** The payment's first refund, of {@code amount}. */
    Refund refund(String amount) {
        return Refund.decided(payment, 1, Money.of(amount), "order failed", NOW);
    }
}
