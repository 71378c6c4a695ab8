package io.payout.adapters.persistence;

import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import io.payout.domain.WebhookTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Orders as the application would store them, with instants of microsecond precision (as databases keep them). */
final class TestOrders {
    static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private static final MethodId NEFT = new MethodId("DUMMY_NEFT");

    private TestOrders() {
    }

    /** A new order for the command, as created at {@link #NOW}. */
    static Order accepted(CreateOrderCommand command) {
        return accepted(command, NOW);
    }

    static Order accepted(CreateOrderCommand command, Instant now) {
        return Order.acceptFulfillOnly(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), now);
    }

    /** A one-fulfillment order created at {@code createdAt}, for customer {@code customerId}, now in {@code status}. */
    static Order listed(String merchantId, String orderId, String customerId, OrderStatus status, Instant createdAt) {
        Order order = accepted(SampleOrders.oneUpi(merchantId, orderId, "5.00"), createdAt);
        return new Order(order.id(), order.merchantId(), order.merchantOrderId(), order.type(), status,
                order.amount(), new Customer(new CustomerId(customerId), null, null), order.udfs(),
                order.fulfillments(), createdAt, createdAt);
    }

    /**
     * {@link SampleOrders#twoFulfillments} later in its life: two attempts on the bank account (one failed, one
     * pending), the UPI fulfillment with a reference of the merchant's and a webhook without credentials. The
     * transaction references start with {@code refPrefix}.
     */
    static Order withAttempts(String merchantId, String orderId, String refPrefix) {
        Order order = accepted(SampleOrders.twoFulfillments(merchantId, orderId));
        Instant later = NOW.plus(Duration.ofSeconds(90, 654_321_000));
        Fulfillment bank = order.fulfillments().get(0);
        Fulfillment upi = order.fulfillments().get(1);
        Transaction failed = new Transaction(bank.id().transaction(1), new TransactionRef(refPrefix + "-1"), IMPS,
                TransactionStatus.FAILURE, bank.amount(), new GatewayResponse("gw-981", "E101",
                "Beneficiary bank offline", "NPCI timed out", "{\"status\":\"FAILED\",\"code\":\"E101\"}"), NOW, later);
        Transaction pending = new Transaction(bank.id().transaction(2), new TransactionRef(refPrefix + "-2"), NEFT,
                TransactionStatus.PENDING, bank.amount(), GatewayResponse.NONE, later, later);
        Fulfillment attempted = new Fulfillment(bank.id(), bank.amount(), bank.beneficiary(), bank.preferredMethods(),
                List.of(IMPS, NEFT), bank.udfs(), bank.additionalInfo(), FulfillmentStatus.PENDING, NOW, later, later,
                List.of(failed, pending));
        AdditionalInfo upiInfo = new AdditionalInfo(null, "MERCHANT_TR-42", null, null, false,
                new WebhookTarget("http://merchant.example/upi", null, null, null));
        Fulfillment upiWithInfo = new Fulfillment(upi.id(), upi.amount(), upi.beneficiary(), upi.preferredMethods(),
                upi.fulfillmentMethods(), upi.udfs(), upiInfo, upi.status(), NOW, NOW, NOW, List.of());
        return new Order(order.id(), order.merchantId(), order.merchantOrderId(), order.type(),
                OrderStatus.FULFILLMENTS_SCHEDULED, order.amount(), order.customer(), order.udfs(),
                List.of(attempted, upiWithInfo), NOW, later);
    }
}
