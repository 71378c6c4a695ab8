package io.payout.application.merchant;

import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the API keys that were found and worked, for {@code ttl}, so that a merchant's requests do not each read
 * the key from the database. Keyed by the key's SHA-256 (what the port is asked with; never the key itself), at most
 * {@code maxEntries} keys; when full, keys past their {@code ttl} are dropped, and a key that still finds no room is
 * simply not remembered.
 *
 * <ul>
 * <li>Only keys found, and working when found, are remembered: an unknown key is read from the database every time
 * (else guessing keys would fill the cache; guesses are limited per client at the API's edge instead).</li>
 * <li>What is remembered is the stored key with its expiry, so a key's expiry is still checked at every request
 * ({@link StoredApiKey#worksAt}): a rotated key stops exactly at the end of its grace period.</li>
 * <li>A rotation through this port forgets every remembered key of the merchant at once (a lookup racing with it
 * does not put an older answer back). A rotation made elsewhere (the {@code merchants} command, another instance) is
 * seen within {@code ttl}; with a {@code ttl} no longer than the rotation's grace period, an old key is never
 * accepted past the end of its grace period because of this cache.</li>
 * </ul>
 */
public final class CachedApiKeys implements LoadMerchantPort, SaveMerchantPort {
    private record Entry(StoredApiKey key, Instant loadedAt) {
    }

    private final LoadMerchantPort load;
    private final SaveMerchantPort save;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on at each forgetting, so that a lookup that began before it does not remember what it read. */
    private final AtomicLong forgettings = new AtomicLong();

    public CachedApiKeys(LoadMerchantPort load, SaveMerchantPort save, Duration ttl, int maxEntries, Clock clock) {
        this.load = Objects.requireNonNull(load, "load");
        this.save = Objects.requireNonNull(save, "save");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (ttl.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("ttl and maxEntries must not be negative: " + ttl + ", " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    @Override
    public Optional<StoredApiKey> findApiKey(String keyHash) {
        Instant now = clock.instant();
        Entry entry = entries.get(keyHash);
        if (entry != null && fresh(entry, now)) {
            return Optional.of(entry.key());
        }
        if (entry != null) {
            entries.remove(keyHash, entry);
        }
        long before = forgettings.get();
        Optional<StoredApiKey> found = load.findApiKey(keyHash);
        found.filter(key -> key.keyHash().equals(keyHash) && key.worksAt(now))
                .ifPresent(key -> remember(keyHash, new Entry(key, now), before));
        return found;
    }

    /** How many keys are remembered now (some may be past their ttl until the next lookup or sweep). */
    public int size() {
        return entries.size();
    }

    /** Forgets every remembered key of the merchant (after a change to its keys made through this instance). */
    public void forgetMerchant(MerchantId merchantId) {
        forgettings.incrementAndGet();
        entries.values().removeIf(entry -> entry.key().merchantId().equals(merchantId));
    }

    @Override
    public boolean merchantExists(MerchantId merchantId) {
        return load.merchantExists(merchantId);
    }

    @Override
    public List<MerchantSummary> listMerchants(Instant now) {
        return load.listMerchants(now);
    }

    @Override
    public boolean insertMerchant(Merchant merchant, String apiKeyHash, String webhookSecret) {
        return save.insertMerchant(merchant, apiKeyHash, webhookSecret);
    }

    @Override
    public boolean rotateApiKey(MerchantId merchantId, String newKeyHash, Instant now, Instant oldKeysExpireAt) {
        try {
            return save.rotateApiKey(merchantId, newKeyHash, now, oldKeysExpireAt);
        } finally {
            forgetMerchant(merchantId);
        }
    }

    private boolean fresh(Entry entry, Instant now) {
        return !now.isBefore(entry.loadedAt()) && now.isBefore(entry.loadedAt().plus(ttl));
    }

    private void remember(String keyHash, Entry entry, long forgettingsBefore) {
        if (ttl.isZero() || entries.size() >= maxEntries && !makeRoom(entry.loadedAt())) {
            return;
        }
        entries.put(keyHash, entry);
        if (forgettings.get() != forgettingsBefore) {
            entries.remove(keyHash, entry);
        }
    }

    /** Drops the keys past their ttl; true if there is room now. */
    private boolean makeRoom(Instant now) {
        entries.values().removeIf(entry -> !fresh(entry, now));
        return entries.size() < maxEntries;
    }
}
