package io.payout.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A background thread sampling pg_stat_activity of the bench database every 250 ms inside the measured window.
 * The service's heap is not sampled here: polling the admin port's /metrics makes the service run its backlog
 * gauges' SQL (counts over the callback outbox) on every poll, which disturbs what is measured; bench/run reads
 * the peak from the GC log instead.
 */
final class Samplers implements AutoCloseable {

    private final DbStats db;
    private final PayoutTracker tracker;
    private final Thread thread;
    private volatile boolean running = true;
    final Map<String, Integer> activity = new TreeMap<>();
    volatile int activitySamples;

    Samplers(DbStats db, PayoutTracker tracker) {
        this.db = db;
        this.tracker = tracker;
        this.thread = new Thread(this::loop, "samplers");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                if (tracker.inWindow(System.nanoTime())) {
                    Map<String, Integer> sample = db.activity();
                    synchronized (activity) {
                        sample.forEach((k, v) -> activity.merge(k, v, Integer::sum));
                    }
                    activitySamples++;
                }
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // a missed sample; keep sampling
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
