package io.payout.domain;

import java.time.Instant;
import java.util.Objects;

/** A merchant: who owns orders and API keys. */
public record Merchant(MerchantId id, Instant createdAt) {
    public Merchant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
