package io.payout.adapters.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs writes that threads submit at the same time in one database transaction each batch: a group commit. A writer
 * queues its write; if a lane is free it takes it and runs batches of what is queued (up to {@code maxBatch} writes
 * each, oldest first, in key order within the batch so that concurrent batches lock rows in one order), one
 * transaction each, until its own write is done; then it gives the lane up and, if writes are still queued, wakes the
 * writer of the oldest so that it runs the next batch. A writer that finds every lane taken waits, without polling,
 * for its result or to be woken. So the lanes pass from writer to writer and nobody runs more than the batches queued
 * before its own write. Each writer gets its own result only once the transaction that holds its write has committed,
 * so a write is durable before it is acknowledged, exactly as alone. If the batch fails, nothing of it stays, and
 * each of its writes is run again in a transaction of its own, so one bad write never fails the others.
 *
 * <p>A write must leave the database as it found it when it returns a negative result (a stale save: its conditional
 * update matched nothing), since within a batch it is not rolled back on its own.
 */
final class GroupCommit {
    /** A write: its result, negative when it wrote nothing. */
    interface Write {
        long apply(Handle handle);
    }

    private record Pending(String key, Write write, CompletableFuture<Long> result, Thread writer) {
        void complete(long value) {
            result.complete(value);
            LockSupport.unpark(writer);
        }

        void fail(Throwable e) {
            result.completeExceptionally(e);
            LockSupport.unpark(writer);
        }
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
        Pending mine = new Pending(key, write, new CompletableFuture<>(), Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.result().isDone()) {
            if (!queue.isEmpty() && lanes.tryAcquire()) {
                runBatchesUntilDone(mine);
            } else if (!mine.result().isDone()) {
                // Our write is in a batch under way (its commit wakes us), or every lane is taken (the holder that
                // lets go wakes the oldest writer); a wake-up that came before we park is kept (unpark).
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            return mine.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Holding a lane: runs batches until {@code mine} is done (or nothing is queued: another lane has it), then gives
     * the lane up and wakes the oldest queued writer, if any. No write is left queued with every lane free and nobody
     * to run it: a writer queues before it tries for a lane, and a holder looks at the queue after letting go.
     */
    private void runBatchesUntilDone(Pending mine) {
        try {
            List<Pending> batch;
            while (!mine.result().isDone() && !(batch = drain()).isEmpty()) {
                runBatch(batch);
            }
        } finally {
            lanes.release();
        }
        Pending next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.writer());
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
                    batch.get(i).complete(results[i]);
                }
                return;
            } catch (RuntimeException | Error e) {
                // One of them failed, or the commit did: each on its own.
            }
        }
        for (Pending one : batch) {
            try {
                one.complete(jdbi.inTransaction(handle -> {
                    long result = one.write().apply(handle);
                    if (result < 0) {
                        handle.rollback();
                    }
                    return result;
                }));
            } catch (RuntimeException | Error e) {
                one.fail(e);
            }
        }
    }
}
