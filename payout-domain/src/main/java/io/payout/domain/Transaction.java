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

    /** Still waiting for the gateway's final word: an inquiry may change it. */
    public boolean isOpen() {
        return status == TransactionStatus.CREATED || status == TransactionStatus.INITIATED
                || status == TransactionStatus.PENDING || status == TransactionStatus.MANUAL_REVIEW;
    }

    /**
     * Settled but still able to change its mind ({@code SUCCESS}: a reversal; {@code FAILURE}: a late success), so
     * watched for a while after it settled.
     */
    public boolean isSettled() {
        return status == TransactionStatus.SUCCESS || status == TransactionStatus.FAILURE;
    }

    /** Money went out (a conflicted failure counts as paid). */
    public boolean isPaid() {
        return status == TransactionStatus.SUCCESS || status == TransactionStatus.CONFLICTED;
    }

    public Transaction with(TransactionStatus newStatus, GatewayResponse response, Instant now) {
        return new Transaction(id, transactionRef, method, newStatus, amount,
                response == null ? gatewayResponse : gatewayResponse.updatedBy(response), createdAt, now);
    }

    /** A new attempt, committed before the gateway hears of it; its reference is derived from its id. */
    public static Transaction created(TransactionId id, MethodId method, Money amount, Instant now) {
        return new Transaction(id, new TransactionRef(id.value().replace("-", "")), method, TransactionStatus.CREATED,
                amount, GatewayResponse.NONE, now, now);
    }
}
