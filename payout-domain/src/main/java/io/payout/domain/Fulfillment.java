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
}
