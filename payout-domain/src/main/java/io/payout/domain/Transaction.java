package io.payout.domain;

import java.time.Instant;
import java.util.Objects;

/** One attempt to pay a fulfillment at one gateway method, under one {@link TransactionRef}. */
public record Transaction(TransactionId id, TransactionRef transactionRef, MethodId method, TransactionStatus status,
                          Money amount, GatewayResponse gatewayResponse, Instant createdAt, Instant updatedAt) {
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transactionRef, "transactionRef");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        gatewayResponse = gatewayResponse == null ? GatewayResponse.NONE : gatewayResponse;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
