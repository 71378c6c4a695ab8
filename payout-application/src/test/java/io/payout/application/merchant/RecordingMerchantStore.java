package io.payout.application.merchant;

import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-memory store, noting every key hash and secret handed to it and every key lookup made. */
class RecordingMerchantStore extends InMemoryMerchantStore {
    final List<String> written = new ArrayList<>();
    final List<String> keyHashes = new ArrayList<>();
    int lookups;

    @Override
    public synchronized Optional<StoredApiKey> findApiKey(String keyHash) {
        lookups++;
        return super.findApiKey(keyHash);
    }

    @Override
    public synchronized boolean insertMerchant(Merchant merchant, String apiKeyHash, String webhookSecret) {
        written.add(apiKeyHash);
        written.add(webhookSecret);
        keyHashes.add(apiKeyHash);
        return super.insertMerchant(merchant, apiKeyHash, webhookSecret);
    }

    @Override
    public synchronized boolean rotateApiKey(MerchantId merchantId, String newKeyHash, Instant now,
                                             Instant oldKeysExpireAt) {
        written.add(newKeyHash);
        keyHashes.add(newKeyHash);
        return super.rotateApiKey(merchantId, newKeyHash, now, oldKeysExpireAt);
    }

    /** The stored key with this plaintext, looked up by its hash (not counted as a lookup). */
    Optional<StoredApiKey> storedKey(String apiKey) {
        return super.findApiKey(ApiKeys.hash(apiKey));
    }
}
