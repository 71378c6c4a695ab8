package io.payout.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many faults of each kind the run injected. */
final class FaultCounter {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void count(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    void count(String kind, long times) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).addAndGet((int) times);
    }

    int get(String kind) {
        AtomicInteger count = counts.get(kind);
        return count == null ? 0 : count.get();
    }

    /** The kinds among {@code expected} that were never counted, in the given order. */
    java.util.List<String> neverCounted(java.util.List<String> expected) {
        return expected.stream().filter(kind -> get(kind) == 0).toList();
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }
}
