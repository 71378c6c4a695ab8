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
 * {@link PayoutTracker#neverSent}. A create refused with 429 (admission control) is counted apart
 * ({@link PayoutTracker#refused}), never as a failure nor in the latency histogram. Closed loop: the client waits
 * {@code Retry-After} and sends the same orderId again (its latency counting from that send), unless the load stops
 * first. Open loop: it is not sent again (the schedule is the offered load).
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
                    send(System.nanoTime(), stopAt);
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
            String id = prefix + sequence.incrementAndGet();
            tracker.sending(id, intended);
            CreateClient.Answer answer = client.create(CreateClient.body(id));
            if (answer.refused()) {
                tracker.refused(id, System.nanoTime());
            } else {
                tracker.created(id, intended, System.nanoTime(), answer.status() == 200);
            }
        }
    }

    /**
     * A closed-loop create: sent again, the same body under the same orderId, after each 429's Retry-After; a client
     * whose wait runs past {@code stopAt} idles until then and stops.
     */
    private void send(long sentAt, long stopAt) {
        String id = prefix + sequence.incrementAndGet();
        String body = CreateClient.body(id);
        while (true) {
            tracker.sending(id, sentAt);
            CreateClient.Answer answer = client.create(body);
            long answeredAt = System.nanoTime();
            if (!answer.refused()) {
                tracker.created(id, sentAt, answeredAt, answer.status() == 200);
                return;
            }
            tracker.refused(id, answeredAt);
            long retryAt = answeredAt + answer.retryAfter().toNanos();
            long waitUntil = Math.min(retryAt, stopAt);
            for (long wait = waitUntil - answeredAt; wait > 0; wait = waitUntil - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (retryAt >= stopAt) {
                return;
            }
            sentAt = System.nanoTime();
        }
    }
}
