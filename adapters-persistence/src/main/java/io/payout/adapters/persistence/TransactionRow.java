package io.payout.adapters.persistence;

import io.payout.domain.Fulfillment;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code transactions}; {@code seq} is the attempt's position among its fulfillment's, from 1.
 * Public only because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record TransactionRow(String merchantId, String transactionId, String fulfillmentId, String orderId, int seq,
                      String transactionRef, String method, String status, BigDecimal amount,
                      String gatewayRefId, String responseCode, String responseMessage, String responseDescription,
                      String txnResponse, Instant createdAt, Instant updatedAt) {

    static TransactionRow of(Order order, Fulfillment fulfillment, int seq, Transaction t) {
        GatewayResponse response = t.gatewayResponse();
        return new TransactionRow(order.merchantId().value(), t.id().value(), fulfillment.id().value(),
                order.id().value(), seq, t.transactionRef().value(), t.method().value(), t.status().name(),
                t.amount().value(), storable(response.gatewayRefId()), storable(response.responseCode()),
                storable(response.responseMessage()), storable(response.responseDescription()),
                storable(response.rawResponse()), t.createdAt(), t.updatedAt());
    }

    /**
     * A gateway's text as PostgreSQL can store it: its text types refuse the NUL character (the whole save would
     * fail, and the order with it, at every step), so each NUL becomes U+FFFD, the replacement character.
     */
    static String storable(String gatewayText) {
        return gatewayText == null || gatewayText.indexOf('\u0000') < 0 ? gatewayText
                : gatewayText.replace('\u0000', '\uFFFD');
    }

    Transaction toTransaction() {
        return new Transaction(new TransactionId(transactionId), new TransactionRef(transactionRef),
                new MethodId(method), TransactionStatus.valueOf(status), new Money(amount),
                new GatewayResponse(gatewayRefId, responseCode, responseMessage, responseDescription, txnResponse),
                createdAt, updatedAt);
    }
}
