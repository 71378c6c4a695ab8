package io.payout.application.callback;

import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps each merchant's callback configuration and secrets for {@code ttl}, so that the engine does not read them
 * for every save. A change made by the {@code merchants} commands (another process) is seen within {@code ttl}.
 */
public class CachedMerchantWebhooks implements LoadMerchantWebhookPort {
    private record Entry<T>(T value, Instant loadedAt) {
    }

    private final LoadMerchantWebhookPort source;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentMap<MerchantId, Entry<Optional<WebhookSubscription>>> subscriptions =
            new ConcurrentHashMap<>();
    private final ConcurrentMap<MerchantId, Entry<Optional<WebhookSecrets>>> secrets = new ConcurrentHashMap<>();

    public CachedMerchantWebhooks(LoadMerchantWebhookPort source, Duration ttl, Clock clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<WebhookSubscription> subscription(MerchantId merchantId) {
        Instant now = clock.instant();
        return fresh(subscriptions.get(merchantId), now)
                .orElseGet(() -> store(subscriptions, merchantId, source.subscription(merchantId), now));
    }

    @Override
    public Optional<WebhookSecrets> secrets(MerchantId merchantId, Instant now) {
        Instant at = clock.instant();
        return fresh(secrets.get(merchantId), at)
                .orElseGet(() -> store(secrets, merchantId, source.secrets(merchantId, now), at));
    }

    private <T> Optional<T> fresh(Entry<T> entry, Instant now) {
        return entry != null && entry.loadedAt().plus(ttl).isAfter(now) ? Optional.of(entry.value()) : Optional.empty();
    }

    private static <T> T store(ConcurrentMap<MerchantId, Entry<T>> cache, MerchantId id, T value, Instant now) {
        cache.put(id, new Entry<>(value, now));
        return value;
    }
}
