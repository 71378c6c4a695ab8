package io.payout.adapters.persistence;

import io.payout.application.merchant.StoredApiKey;
import io.payout.domain.MerchantId;
import java.time.Instant;

/** A row of {@code api_keys}; {@code expiresAt} null: the key does not expire. */
record ApiKeyRow(String keyHash, String merchantId, Instant createdAt, Instant expiresAt) {
    StoredApiKey toStoredApiKey() {
        return new StoredApiKey(keyHash, new MerchantId(merchantId), createdAt, expiresAt);
    }
}
