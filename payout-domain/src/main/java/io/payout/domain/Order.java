package io.payout.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A merchant's payout order: who it is for, how much, and one fulfillment per beneficiary. */
public record Order(OrderId id, MerchantId merchantId, MerchantOrderId merchantOrderId, OrderType type,
                    OrderStatus status, Money amount, Customer customer, Udfs udfs, List<Fulfillment> fulfillments,
                    Instant createdAt, Instant updatedAt) {
    /** Juspay's smallest payout. */
    public static final Money MINIMUM_AMOUNT = Money.of("1.00");
    public static final int MAX_FULFILLMENTS = 100;

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(merchantOrderId, "merchantOrderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(udfs, "udfs");
        fulfillments = List.copyOf(fulfillments);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A Fulfill Only order as accepted: {@code READY_FOR_FULFILLMENT}, each fulfillment {@code CREATED}. The
     * amounts must add up; the caller has checked each value already.
     */
    public static Order acceptFulfillOnly(OrderId id, MerchantId merchantId, MerchantOrderId merchantOrderId,
                                          Money amount, Customer customer, Udfs udfs,
                                          List<NewFulfillment> requested, Instant now) {
        checkAmounts(amount, requested);
        List<Fulfillment> fulfillments = new ArrayList<>(requested.size());
        for (int i = 0; i < requested.size(); i++) {
            fulfillments.add(Fulfillment.accepted(id.fulfillment(i + 1), requested.get(i), now));
        }
        return new Order(id, merchantId, merchantOrderId, OrderType.FULFILL_ONLY, OrderStatus.READY_FOR_FULFILLMENT,
                amount, customer, udfs, fulfillments, now, now);
    }

    /**
     * A Pay and Fulfill order as accepted: {@code CREATED} (waiting for the payment), each fulfillment
     * {@code CREATED} and not due until the payment is confirmed.
     */
    public static Order acceptPayAndFulfill(OrderId id, MerchantId merchantId, MerchantOrderId merchantOrderId,
                                            Money amount, Customer customer, Udfs udfs,
                                            List<NewFulfillment> requested, Instant now) {
        Order order = acceptFulfillOnly(id, merchantId, merchantOrderId, amount, customer, udfs, requested, now);
        return new Order(id, merchantId, merchantOrderId, OrderType.PAY_AND_FULFILL, OrderStatus.CREATED, amount,
                customer, udfs, order.fulfillments(), now, now);
    }

    public static void checkAmounts(Money amount, List<NewFulfillment> requested) {
        if (requested.isEmpty()) {
            throw new InvalidInputException("fulfillments", "must contain at least one fulfillment");
        }
        if (requested.size() > MAX_FULFILLMENTS) {
            throw new InvalidInputException("fulfillments", "must contain at most " + MAX_FULFILLMENTS + " fulfillments");
        }
        Money sum = Money.ZERO;
        for (int i = 0; i < requested.size(); i++) {
            Money part = requested.get(i).amount();
            if (part.isLessThan(MINIMUM_AMOUNT)) {
                throw new InvalidInputException("fulfillments[" + i + "].amount", "must be at least " + MINIMUM_AMOUNT);
            }
            Money sumSoFar = sum;
            sum = InvalidInputException.at("amount", () -> sumSoFar.plus(part));
        }
        if (amount.compareTo(sum) != 0) {
            throw new InvalidInputException("amount",
                    "must equal the sum of the fulfillment amounts (" + amount + " given, fulfillments add up to " + sum + ")");
        }
    }

    public Fulfillment fulfillment(FulfillmentId fulfillmentId) {
        return fulfillments.stream().filter(f -> f.id().equals(fulfillmentId)).findFirst()
                .orElseThrow(() -> new DomainException("order " + id + " has no fulfillment " + fulfillmentId));
    }

    public Order withFulfillment(Fulfillment fulfillment, Instant now) {
        List<Fulfillment> updated = new ArrayList<>(fulfillments);
        updated.replaceAll(f -> f.id().equals(fulfillment.id()) ? fulfillment : f);
        return new Order(id, merchantId, merchantOrderId, type, status, amount, customer, udfs, updated, createdAt, now);
    }

    public Order withStatus(OrderStatus newStatus, Instant now) {
        return newStatus == status ? this
                : new Order(id, merchantId, merchantOrderId, type, newStatus, amount, customer, udfs, fulfillments,
                        createdAt, now);
    }
}
