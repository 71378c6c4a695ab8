package io.payout.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Paying one beneficiary. {@code fulfillmentMethods} are the methods chosen for it when attempts are planned;
 * {@code transactions} are its attempts, oldest first.
 */
public record Fulfillment(FulfillmentId id, Money amount, Beneficiary beneficiary, List<MethodId> preferredMethods,
                          List<MethodId> fulfillmentMethods, Udfs udfs, AdditionalInfo additionalInfo,
                          FulfillmentStatus status, Instant createdAt, Instant updatedAt, Instant statusUpdatedAt,
                          List<Transaction> transactions) {
    public Fulfillment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(beneficiary, "beneficiary");
        if (beneficiary.payee() == null) {
            throw new IllegalArgumentException("fulfillment " + id + " names a BENE_ID beneficiary not yet resolved");
        }
        preferredMethods = List.copyOf(preferredMethods);
        fulfillmentMethods = List.copyOf(fulfillmentMethods);
        Objects.requireNonNull(udfs, "udfs");
        Objects.requireNonNull(additionalInfo, "additionalInfo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(statusUpdatedAt, "statusUpdatedAt");
        transactions = List.copyOf(transactions);
    }

    static Fulfillment accepted(FulfillmentId id, NewFulfillment request, Instant now) {
        return new Fulfillment(id, request.amount(), request.beneficiary(), request.preferredMethods(), List.of(),
                request.udfs(), request.additionalInfo(), FulfillmentStatus.CREATED, now, now, now, List.of());
    }

    public java.util.Optional<Transaction> latestTransaction() {
        return transactions.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(transactions.get(transactions.size() - 1));
    }

    public Fulfillment withStatus(FulfillmentStatus newStatus, Instant now) {
        if (newStatus == status) {
            return this;
        }
        return new Fulfillment(id, amount, beneficiary, preferredMethods, fulfillmentMethods, udfs, additionalInfo,
                newStatus, createdAt, now, now, transactions);
    }

    public Fulfillment withFulfillmentMethods(List<MethodId> methods, Instant now) {
        return new Fulfillment(id, amount, beneficiary, preferredMethods, methods, udfs, additionalInfo, status,
                createdAt, now, statusUpdatedAt, transactions);
    }

    /** This fulfillment with {@code transaction} added, or replacing the one with the same id. */
    public Fulfillment withTransaction(Transaction transaction, Instant now) {
        List<Transaction> updated = new java.util.ArrayList<>(transactions);
        int index = -1;
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(transaction.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            updated.set(index, transaction);
        } else {
            updated.add(transaction);
        }
        return new Fulfillment(id, amount, beneficiary, preferredMethods, fulfillmentMethods, udfs, additionalInfo,
                status, createdAt, now, statusUpdatedAt, updated);
    }

    public Transaction transaction(TransactionId transactionId) {
        return transactions.stream().filter(t -> t.id().equals(transactionId)).findFirst()
                .orElseThrow(() -> new DomainException("fulfillment " + id + " has no transaction " + transactionId));
    }

    public boolean isTerminal() {
        return status == FulfillmentStatus.SUCCESS || status == FulfillmentStatus.FAILURE
                || status == FulfillmentStatus.CANCELLED;
    }
}
