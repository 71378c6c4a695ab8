package io.payout.adapters.rest.order;

import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.Fulfillment;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.time.Instant;

/**
 * An order whose one fulfillment has been sent to a gateway, built with the domain's own moves as the engine makes
 * them: accepted, a transaction created, then updated with the gateway's answer. The fulfillment's status is still
 * CREATED: only its transaction shows that it went out, and that alone must stop a cancel.
 */
final class SentOrder {
    static final Instant ACCEPTED = Instant.parse("2024-01-15T10:00:00.250Z");
    static final Instant SENT = ACCEPTED.plusSeconds(60);
    static final Instant ANSWERED = SENT.plusSeconds(3);

    private SentOrder() {
    }

    static Order pendingAtGateway(String merchantId, String merchantOrderId) {
        CreateOrderCommand command = SampleOrders.oneUpi(merchantId, merchantOrderId, "5.00");
        Order accepted = Order.acceptFulfillOnly(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), ACCEPTED);
        Fulfillment fulfillment = accepted.fulfillments().get(0);
        Transaction transaction = Transaction.created(fulfillment.id().transaction(1), new MethodId("DUMMY_UPI"),
                        fulfillment.amount(), SENT)
                .with(TransactionStatus.PENDING, new GatewayResponse("gw-ref-81", "P01", "accepted by the bank",
                        "awaiting beneficiary bank", "{\"state\":\"PENDING\"}"), ANSWERED);
        return accepted.withFulfillment(fulfillment.withTransaction(transaction, ANSWERED), ANSWERED);
    }

    /** What {@code expand=fulfillment} must show of that transaction: every field Juspay defines. */
    static String expectedTransaction(Order order) {
        String id = order.id().value();
        return """
                {"id": "%1$s-f1-t1", "transactionRef": "%1$sf1t1", "fulfillmentMethod": "DUMMY_UPI", "status": "PENDING",
                 "amount": 5.00, "gatewayRefId": "gw-ref-81", "responseCode": "P01",
                 "responseMessage": "accepted by the bank", "responseDescription": "awaiting beneficiary bank",
                 "txnResponse": "{\\"state\\":\\"PENDING\\"}",
                 "createdAt": "2024-01-15T10:01:00Z", "updatedAt": "2024-01-15T10:01:03Z"}
                """.formatted(id);
    }
}
