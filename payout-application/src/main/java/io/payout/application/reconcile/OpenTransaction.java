package io.payout.application.reconcile;

import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import java.time.Instant;

/**
 * A transaction whose outcome is not settled, with what an operator needs to ask the bank about it: our
 * {@code transactionRef} (what the bank knows) and the gateway's {@code gatewayRefId} (null: the gateway gave none).
 */
public record OpenTransaction(MerchantId merchantId, MerchantOrderId merchantOrderId, OrderId orderId,
                              FulfillmentId fulfillmentId, TransactionId transactionId, TransactionRef transactionRef,
                              MethodId method, Money amount, TransactionStatus status, String gatewayRefId,
                              Instant createdAt, Instant updatedAt) {
}
