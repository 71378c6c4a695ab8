package io.payout.adapters.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs writes that threads submit at the same time in one database transaction each batch: a group commit. A writer
 * queues its write and waits; whoever finds a free lane takes everything queued, batch after batch (up to
 * {@code maxBatch} writes each, in key order so that concurrent batches lock rows in one order), running each in one
 * transaction, until the queue is empty. Each writer gets its
 * own result only once the transaction that holds its write has committed, so a write is durable before it is
 * acknowledged, exactly as alone. If the batch fails, nothing of it stays, and each of its writes is run again in a
 * transaction of its own, so one bad write never fails the others.
 *
 * <p>A write must leave the database as it found it when it returns a negative result (a stale save: its conditional
 * update matched nothing), since within a batch it is not rolled back on its own.
 */
final class GroupCommit {
    /** A write: its result, negative when it wrote nothing. */
    interface Write {
        long apply(Handle handle);
    }

    private record Pending(String key, Write write, CompletableFuture<Long> result) {
    }

    private final Jdbi jdbi;
    private final Semaphore lanes;
    private final int maxBatch;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

    GroupCommit(Jdbi jdbi, int lanes, int maxBatch) {
        if (lanes < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("lanes and maxBatch must be positive");
        }
        this.jdbi = jdbi;
        this.lanes = new Semaphore(lanes);
        this.maxBatch = maxBatch;
    }

    /**
     * Runs {@code write} in a transaction, probably with other threads' writes, and returns its result once that
     * transaction has committed; throws what it threw (then nothing of it was written). {@code key} orders the writes
     * of a batch (the row a write locks first).
     */
    long run(String key, Write write) {
        Pending mine = new Pending(key, write, new CompletableFuture<>());
        queue.add(mine);
        drainWhileQueued();
        try {
            return mine.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Runs batches while writes are queued and a lane is free. A lane is never given up with writes queued and
     * nobody to run them: its holder drains the queue, and after giving the lane up looks again (a writer that
     * found every lane taken queued its write before looking, so either it finds the lane free or the holder
     * finds its write). So a writer only ever waits for its own result, without polling.
     */
    private void drainWhileQueued() {
        while (!queue.isEmpty() && lanes.tryAcquire()) {
            try {
                List<Pending> batch;
                while (!(batch = drain()).isEmpty()) {
                    runBatch(batch);
                }
            } finally {
                lanes.release();
            }
        }
    }

    private List<Pending> drain() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            batch.add(next);
        }
        batch.sort(Comparator.comparing(Pending::key));
        return batch;
    }

    private void runBatch(List<Pending> batch) {
        if (batch.size() > 1) {
            long[] results = new long[batch.size()];
            try {
                jdbi.useTransaction(handle -> {
                    for (int i = 0; i < batch.size(); i++) {
                        results[i] = batch.get(i).write().apply(handle);
                    }
                });
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(results[i]);
                }
                return;
            } catch (RuntimeException e) {
                // One of them failed, or the commit did: each on its own.
            }
        }
        for (Pending one : batch) {
            try {
                one.result().complete(jdbi.inTransaction(handle -> {
                    long result = one.write().apply(handle);
                    if (result < 0) {
                        handle.rollback();
                    }
                    return result;
                }));
            } catch (RuntimeException e) {
                one.result().completeExceptionally(e);
            }
        }
    }
}
