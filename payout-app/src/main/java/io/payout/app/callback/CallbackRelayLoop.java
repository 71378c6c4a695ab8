package io.payout.app.callback;

import io.dropwizard.lifecycle.Managed;
import io.payout.application.callback.RelayCallbacksService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox relay on one thread of its own: a round at once whenever a post finishes or someone asks
 * ({@link #wake()}: a redelivery), otherwise every {@code pollInterval}. On stop it waits for posts in flight (up to
 * {@code drainTimeout}) and writes their outcomes; an outcome it cannot write is retried after the claim's lease.
 */
public class CallbackRelayLoop implements Managed {
    private static final Logger LOG = Logger.getLogger(CallbackRelayLoop.class.getName());
    private final RelayCallbacksService relay;
    private final Duration pollInterval;
    private final Duration drainTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean pending;
    private volatile boolean running;
    private Thread thread;

    public CallbackRelayLoop(RelayCallbacksService relay, Duration pollInterval, Duration drainTimeout) {
        this.relay = relay;
        this.pollInterval = pollInterval;
        this.drainTimeout = drainTimeout;
        relay.onFinished(this::wake);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "callback-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        wake();
        thread.join(pollInterval.toMillis() + 5_000);
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (relay.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try {
            relay.writeFinished();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write the last callback outcomes; those callbacks are sent again", e);
        }
    }

    /** Runs a round as soon as possible. */
    public void wake() {
        lock.lock();
        try {
            pending = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the relay thread is alive (for the health check). */
    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    private void loop() {
        while (running) {
            try {
                relay.relay();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Callback relay round failed; trying again", e);
                sleepQuietly();
            }
            awaitWake();
        }
    }

    private void awaitWake() {
        lock.lock();
        try {
            if (!pending && running) {
                woken.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            pending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
