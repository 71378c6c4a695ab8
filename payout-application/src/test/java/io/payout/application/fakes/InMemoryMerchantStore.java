package io.payout.application.fakes;

import io.payout.application.merchant.MerchantSummary;
import io.payout.application.merchant.StoredApiKey;
import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Merchants and keys in memory, for use-case and resource tests. Behaves as the persistence contract says. */
public class InMemoryMerchantStore implements LoadMerchantPort, SaveMerchantPort {
    private final Map<MerchantId, Merchant> merchants = new TreeMap<>(Comparator.comparing(MerchantId::value));
    private final Map<String, StoredApiKey> keys = new TreeMap<>();

    @Override
    public synchronized Optional<StoredApiKey> findApiKey(String keyHash) {
        return Optional.ofNullable(keys.get(keyHash));
    }

    @Override
    public synchronized boolean merchantExists(MerchantId merchantId) {
        return merchants.containsKey(merchantId);
    }

    @Override
    public synchronized List<MerchantSummary> listMerchants(Instant now) {
        List<MerchantSummary> result = new ArrayList<>();
        for (Merchant m : merchants.values()) {
            int active = (int) keys.values().stream()
                    .filter(k -> k.merchantId().equals(m.id()) && k.worksAt(now)).count();
            result.add(new MerchantSummary(m.id(), m.createdAt(), active));
        }
        return result;
    }

    @Override
    public synchronized boolean insertMerchant(Merchant merchant, String apiKeyHash, String webhookSecret) {
        if (merchants.containsKey(merchant.id())) {
            return false;
        }
        merchants.put(merchant.id(), merchant);
        keys.put(apiKeyHash, new StoredApiKey(apiKeyHash, merchant.id(), merchant.createdAt(), null));
        return true;
    }

    @Override
    public synchronized boolean rotateApiKey(MerchantId merchantId, String newKeyHash, Instant now,
                                             Instant oldKeysExpireAt) {
        if (!merchants.containsKey(merchantId)) {
            return false;
        }
        keys.replaceAll((hash, k) -> k.merchantId().equals(merchantId)
                && (k.expiresAt() == null || k.expiresAt().isAfter(oldKeysExpireAt))
                ? new StoredApiKey(hash, merchantId, k.createdAt(), oldKeysExpireAt) : k);
        keys.put(newKeyHash, new StoredApiKey(newKeyHash, merchantId, now, null));
        return true;
    }
}
