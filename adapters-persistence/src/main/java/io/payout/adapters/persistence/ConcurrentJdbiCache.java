package io.payout.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.cache.JdbiCache;
import org.jdbi.v3.core.cache.JdbiCacheBuilder;
import org.jdbi.v3.core.cache.JdbiCacheLoader;

/**
 * Jdbi's SQL template and parsed-statement caches on a {@link ConcurrentHashMap}: reads take no lock. Jdbi's default
 * cache is an LRU list behind one monitor, which every statement of every thread enters (a profile under load showed
 * threads blocked on it for most of a window, docs/performance.md). The statements of this adapter are a fixed set,
 * plus the expansions of their {@code IN} lists; past {@code maxSize} entries the cache starts over, which costs one
 * parse per statement and never grows without bound.
 */
final class ConcurrentJdbiCache<K, V> implements JdbiCache<K, V> {
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final JdbiCacheLoader<K, V> loader;

    private ConcurrentJdbiCache(int maxSize, JdbiCacheLoader<K, V> loader) {
        this.maxSize = maxSize;
        this.loader = loader;
    }

    @Override
    public V get(K key) {
        return loader == null ? entries.get(key) : getWithLoader(key, loader);
    }

    @Override
    public V getWithLoader(K key, JdbiCacheLoader<K, V> with) {
        V value = entries.get(key);
        if (value != null) {
            return value;
        }
        if (entries.size() >= maxSize) {
            entries.clear();
        }
        return entries.computeIfAbsent(key, with::create);
    }

    /** The number of entries (Jdbi's stats type is the cache's own choice). */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T getStats() {
        return (T) Integer.valueOf(entries.size());
    }

    /** Builds {@link ConcurrentJdbiCache}s of at most {@code maxSize} entries (1,000 unless set). */
    static final class Builder implements JdbiCacheBuilder {
        private int maxSize = 1_000;

        @Override
        public <K, V> JdbiCache<K, V> build() {
            return new ConcurrentJdbiCache<>(maxSize, null);
        }

        @Override
        public <K, V> JdbiCache<K, V> buildWithLoader(JdbiCacheLoader<K, V> loader) {
            return new ConcurrentJdbiCache<>(maxSize, loader);
        }

        @Override
        public JdbiCacheBuilder maxSize(int size) {
            this.maxSize = size;
            return this;
        }
    }
}
