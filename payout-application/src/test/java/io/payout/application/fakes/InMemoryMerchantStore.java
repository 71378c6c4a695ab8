package io.payout.application.fakes;

import io.payout.application.callback.WebhookSecrets;
import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.application.callback.port.SaveMerchantWebhookPort;
import io.payout.application.merchant.MerchantSummary;
import io.payout.application.merchant.StoredApiKey;
import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;
import java.util.HashMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Merchants and keys in memory, for use-case and resource tests. Behaves as the persistence contract says. */
public class InMemoryMerchantStore implements LoadMerchantPort, SaveMerchantPort, LoadMerchantWebhookPort,
        SaveMerchantWebhookPort {
    private record Secrets(String current, String previous, Instant previousUntil) {
    }

    private final Map<MerchantId, Merchant> merchants = new TreeMap<>(Comparator.comparing(MerchantId::value));
    private final Map<String, StoredApiKey> keys = new TreeMap<>();
    private final Map<MerchantId, WebhookSubscription> subscriptions = new HashMap<>();
    private final Map<MerchantId, Secrets> secrets = new HashMap<>();

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
        secrets.put(merchant.id(), new Secrets(webhookSecret, null, null));
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

    @Override
    public synchronized Optional<WebhookSubscription> subscription(MerchantId merchantId) {
        return Optional.ofNullable(subscriptions.get(merchantId));
    }

    @Override
    public synchronized Optional<WebhookSecrets> secrets(MerchantId merchantId, Instant now) {
        Secrets s = secrets.get(merchantId);
        if (s == null) {
            return Optional.empty();
        }
        boolean overlap = s.previous() != null && now.isBefore(s.previousUntil());
        return Optional.of(new WebhookSecrets(s.current(), overlap ? s.previous() : null));
    }

    @Override
    public synchronized boolean saveSubscription(MerchantId merchantId, WebhookSubscription subscription) {
        if (!merchants.containsKey(merchantId)) {
            return false;
        }
        if (subscription == null) {
            subscriptions.remove(merchantId);
        } else {
            subscriptions.put(merchantId, subscription);
        }
        return true;
    }

    @Override
    public synchronized boolean rotateSecret(MerchantId merchantId, String newSecret, Instant previousValidUntil) {
        Secrets s = secrets.get(merchantId);
        if (s == null) {
            return false;
        }
        secrets.put(merchantId, new Secrets(newSecret, s.current(), previousValidUntil));
        return true;
    }
}
