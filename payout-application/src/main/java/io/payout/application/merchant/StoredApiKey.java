package io.payout.application.merchant;

import io.payout.domain.MerchantId;
import java.time.Instant;

/** An API key as stored: its hash, its merchant, and when it stops working (null: not set to expire). */
public record StoredApiKey(String keyHash, MerchantId merchantId, Instant createdAt, Instant expiresAt) {
    public boolean worksAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
