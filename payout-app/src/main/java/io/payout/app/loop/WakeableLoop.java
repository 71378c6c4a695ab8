package io.payout.app.loop;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background loop on one thread of its own: a round at once whenever someone calls {@link #wake()}, otherwise
 * every {@code pollInterval}. A failing round is logged and the loop goes on after a pause.
 */
public abstract class WakeableLoop implements Managed {
    private static final Logger LOG = Logger.getLogger(WakeableLoop.class.getName());
    private final String name;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean pending;
    private volatile boolean running;
    private volatile int failedRounds;
    private Thread thread;

    protected WakeableLoop(String name, Duration pollInterval) {
        this.name = name;
        this.pollInterval = pollInterval;
    }

    /** One round of work. */
    protected abstract void round() throws Exception;

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws Exception {
        running = false;
        wake();
        thread.join(pollInterval.toMillis() + 15_000);
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

    /** Whether the loop's thread is alive (for health checks). */
    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    /** How many rounds in a row have failed (0 after a good one). */
    public int failedRounds() {
        return failedRounds;
    }

    private void loop() {
        while (running) {
            try {
                round();
                failedRounds = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failedRounds++;
                LOG.log(Level.WARNING, name + " round failed (" + failedRounds + " in a row); trying again", e);
                pause(pollInterval);
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

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
