package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.cache.JdbiCache;
import org.junit.jupiter.api.Test;

class ConcurrentJdbiCacheTest {
    @Test
    void loadsEachKeyOnceAndKeepsIt() {
        AtomicInteger loads = new AtomicInteger();
        JdbiCache<String, String> cache = new ConcurrentJdbiCache.Builder().maxSize(10)
                .buildWithLoader(key -> key + "#" + loads.incrementAndGet());

        assertThat(cache.get("a")).isEqualTo("a#1");
        assertThat(cache.get("a")).isEqualTo("a#1");
        assertThat(cache.getWithLoader("b", key -> "other")).isEqualTo("other");
        assertThat(cache.get("b")).isEqualTo("other");
        assertThat(loads).hasValue(1);
    }

    @Test
    void startsOverWhenFullSoItNeverHoldsMoreThanItsMaximum() {
        JdbiCache<Integer, Integer> cache = new ConcurrentJdbiCache.Builder().maxSize(3).buildWithLoader(k -> k * 2);

        for (int i = 0; i < 10; i++) {
            assertThat(cache.get(i)).isEqualTo(i * 2);
            assertThat((Integer) cache.getStats()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void withoutALoaderAnUnknownKeyIsNull() {
        JdbiCache<String, String> cache = new ConcurrentJdbiCache.Builder().build();

        assertThat(cache.get("a")).isNull();
        assertThat(cache.getWithLoader("a", key -> "A")).isEqualTo("A");
        assertThat(cache.get("a")).isEqualTo("A");
    }
}
