package io.payout.application.engine;

import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pump the server runs: claims only as many due orders as it has idle workers, hands each to one, and returns
 * at once. A claimed order is always being worked on, and an order waiting on a slow gateway holds one worker, not
 * the next claim: the other workers keep taking new work.
 */
public class DispatchDueOrdersService implements ProcessDueOrdersUseCase {
    private static final Logger LOG = Logger.getLogger(DispatchDueOrdersService.class.getName());
    private final OrderWorkPort orderWork;
    private final OrderStepper stepper;
    private final ExecutorService workers;
    private final Semaphore idleWorkers;
    private final int workerCount;
    private final EngineSettings settings;
    private final Clock clock;

    public DispatchDueOrdersService(OrderWorkPort orderWork, OrderStepper stepper, ExecutorService workers,
                                    int workerCount, EngineSettings settings, Clock clock) {
        this.orderWork = orderWork;
        this.stepper = stepper;
        this.workers = workers;
        this.idleWorkers = new Semaphore(workerCount);
        this.workerCount = workerCount;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int processDueOrders() {
        int capacity = Math.min(settings.batchSize(), idleWorkers.availablePermits());
        if (capacity == 0 || !idleWorkers.tryAcquire(capacity)) {
            return 0;
        }
        List<OrderWork> claimed;
        try {
            Instant now = clock.instant();
            claimed = orderWork.claimDueOrders(settings.instanceId(), now, now.plus(settings.lease()), capacity);
        } catch (RuntimeException e) {
            idleWorkers.release(capacity);
            throw e;
        }
        idleWorkers.release(capacity - claimed.size());
        for (OrderWork work : claimed) {
            workers.execute(() -> step(work));
        }
        return claimed.size();
    }

    private void step(OrderWork work) {
        try {
            stepper.step(work);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Stepping order " + work.order().id()
                    + " failed; it is retried when its claim runs out", e);
        } finally {
            idleWorkers.release();
        }
    }

    /** Waits until every dispatched order has been stepped (for tests and orderly shutdown). */
    public void awaitIdle() throws InterruptedException {
        idleWorkers.acquire(workerCount);
        idleWorkers.release(workerCount);
    }
}
