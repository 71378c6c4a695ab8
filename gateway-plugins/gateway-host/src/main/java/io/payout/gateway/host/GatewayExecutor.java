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
 * is rejected at once rather than waiting.
 */
final class GatewayExecutor extends ThreadPoolExecutor {
    private static final Duration IDLE_THREAD_LIFETIME = Duration.ofSeconds(60);

    GatewayExecutor(String gatewayId, int maxConcurrency, ClassLoader pluginLoader) {
        super(maxConcurrency, maxConcurrency, IDLE_THREAD_LIFETIME.toMillis(), TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(maxConcurrency), threads(gatewayId, pluginLoader), new AbortPolicy());
        allowCoreThreadTimeOut(true);
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
