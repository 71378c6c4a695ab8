package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One attempt at a gateway, as Juspay shows it under a fulfillment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionView(String id, String transactionRef, String fulfillmentMethod, String status,
                              BigDecimal amount, String gatewayRefId, String responseCode, String responseMessage,
                              String responseDescription, String txnResponse, String createdAt, String updatedAt) {
    /** This view with another {@code status} (a callback reports its own value, e.g. {@code INITIATED}). */
    public TransactionView withStatus(String newStatus) {
        return new TransactionView(id, transactionRef, fulfillmentMethod, newStatus, amount, gatewayRefId, responseCode,
                responseMessage, responseDescription, txnResponse, createdAt, updatedAt);
    }
}
