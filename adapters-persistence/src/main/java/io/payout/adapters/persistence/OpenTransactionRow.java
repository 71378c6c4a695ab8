package io.payout.adapters.persistence;

import io.payout.application.reconcile.OpenTransaction;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A transaction with its order's merchant order id, as {@link ReconcileDao#openTransactions} selects it. */
record OpenTransactionRow(String merchantId, String merchantOrderId, String orderId, String fulfillmentId,
                          String transactionId, String transactionRef, String method, BigDecimal amount, String status,
                          String gatewayRefId, Instant createdAt, Instant updatedAt) {
    OpenTransaction toOpenTransaction() {
        return new OpenTransaction(new MerchantId(merchantId), new MerchantOrderId(merchantOrderId),
                new OrderId(orderId), new FulfillmentId(fulfillmentId), new TransactionId(transactionId),
                new TransactionRef(transactionRef), new MethodId(method), new Money(amount),
                TransactionStatus.valueOf(status), gatewayRefId, createdAt, updatedAt);
    }
}
