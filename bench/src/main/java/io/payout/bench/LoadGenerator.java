package io.payout.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Offers creates until {@code stopAt} (nanoTime). Closed loop: {@code clients} threads, each sending its next create
 * when the previous one is answered. Open loop: creates are due at a fixed rate from {@code start}; each is sent by
 * a pool thread and its latency counts from when it was due, so a stalled service cannot hide its backlog
 * (no coordinated omission). Creates still queued when the load stops are not sent; they count as described in
 * {@link PayoutTracker#neverSent}.
 */
final class LoadGenerator {

    private final CreateClient client;
    private final PayoutTracker tracker;
    private final String prefix;
    private final AtomicLong sequence = new AtomicLong();

    LoadGenerator(CreateClient client, PayoutTracker tracker, String runId) {
        this.client = client;
        this.tracker = tracker;
        this.prefix = "b" + runId + "-";
    }

    void closedLoop(int clients, long stopAt) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < stopAt) {
                    send(System.nanoTime());
                }
            }, "client-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    void openLoop(double perSecond, int maxThreads, long start, long stopAt) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
        double periodNanos = 1e9 / perSecond;
        for (long i = 0; ; i++) {
            long due = start + (long) (i * periodNanos);
            if (due >= stopAt) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pool.execute(new Due(due));
        }
        long stopped = System.nanoTime();
        for (Runnable queued : pool.shutdownNow()) {
            tracker.neverSent(((Due) queued).intended, stopped);
        }
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** An open-loop create and the time it was due. */
    private final class Due implements Runnable {
        private final long intended;

        Due(long intended) {
            this.intended = intended;
        }

        @Override
        public void run() {
            send(intended);
        }
    }

    private void send(long intended) {
        String id = prefix + sequence.incrementAndGet();
        tracker.sending(id, intended);
        int status = client.create(id);
        tracker.created(id, intended, System.nanoTime(), status == 200);
    }
}
