package io.payout.gateway.host;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One gateway's own threads: {@code maxConcurrency} of them (daemons named after the gateway, started on demand,
 * with the plugin's class loader as context class loader) and a queue of as many waiting calls; beyond that a call
 * is rejected at once rather than waiting. Calls that give way (polls of settled transactions) are let in only while
 * fewer than half of the threads are taken, so they never hold back initiations and polls of open transactions.
 */
final class GatewayExecutor extends ThreadPoolExecutor {
    private static final Duration IDLE_THREAD_LIFETIME = Duration.ofSeconds(60);

    private final int yieldingLimit;

    GatewayExecutor(String gatewayId, int maxConcurrency, ClassLoader pluginLoader) {
        super(maxConcurrency, maxConcurrency, IDLE_THREAD_LIFETIME.toMillis(), TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(maxConcurrency), threads(gatewayId, pluginLoader), new AbortPolicy());
        allowCoreThreadTimeOut(true);
        this.yieldingLimit = Math.max(1, maxConcurrency / 2);
    }

    /** Whether a call that gives way may start now (a check, not a reservation: concurrent calls may pass it). */
    boolean roomForYielding() {
        return inFlight() < yieldingLimit;
    }

    /** Calls accepted and not finished: running or waiting in the queue. */
    int inFlight() {
        return getActiveCount() + getQueue().size();
    }

    private static ThreadFactory threads(String gatewayId, ClassLoader pluginLoader) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "gateway-" + gatewayId + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(pluginLoader);
            return thread;
        };
    }
}
