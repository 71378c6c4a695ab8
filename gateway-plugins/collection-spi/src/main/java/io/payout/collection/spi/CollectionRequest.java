package io.payout.collection.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A collection order to create: our {@code providerOrderId} (letters and digits, at most 20 characters), the amount
 * in rupees, the customer, and the payment window in minutes ({@code expiryInMins}).
 */
public record CollectionRequest(String providerOrderId, BigDecimal amount, String currency, String customerId,
                                String customerEmail, String customerPhone, String description,
                                int expiryInMinutes) {
    public CollectionRequest {
        Objects.requireNonNull(providerOrderId, "providerOrderId");
        Objects.requireNonNull(amount, "amount");
        currency = currency == null ? "INR" : currency;
        Objects.requireNonNull(customerId, "customerId");
    }
}
