package io.payout.application.callback;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Bounds the posts in flight to each callback URL, so that a slow or dead merchant endpoint holds at most
 * {@code maxPerEndpoint} of the relay's slots and every other merchant's callbacks keep going.
 */
final class EndpointPermits {
    private final int maxPerEndpoint;
    private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    EndpointPermits(int maxPerEndpoint) {
        this.maxPerEndpoint = maxPerEndpoint;
    }

    boolean tryAcquire(String url) {
        AtomicInteger count = inFlight.computeIfAbsent(url, u -> new AtomicInteger());
        while (true) {
            int now = count.get();
            if (now >= maxPerEndpoint) {
                return false;
            }
            if (count.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void release(String url) {
        inFlight.computeIfPresent(url, (u, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /** The URLs that have no free slot now: the next claim leaves their callbacks alone. */
    Set<String> busy() {
        return inFlight.entrySet().stream().filter(e -> e.getValue().get() >= maxPerEndpoint)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    int total() {
        return inFlight.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
