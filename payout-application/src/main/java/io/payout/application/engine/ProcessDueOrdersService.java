package io.payout.application.engine;

import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims a batch of due orders and steps them in parallel on the engine's workers, and waits for all of them: for
 * callers that need the batch finished (tests, tools). The server's pump is {@link DispatchDueOrdersService}, which
 * does not wait.
 */
public class ProcessDueOrdersService implements ProcessDueOrdersUseCase {
    private static final Logger LOG = Logger.getLogger(ProcessDueOrdersService.class.getName());
    private final OrderWorkPort orderWork;
    private final OrderStepper stepper;
    private final ExecutorService workers;
    private final EngineSettings settings;
    private final Clock clock;

    public ProcessDueOrdersService(OrderWorkPort orderWork, OrderStepper stepper, ExecutorService workers,
                                   EngineSettings settings, Clock clock) {
        this.orderWork = orderWork;
        this.stepper = stepper;
        this.workers = workers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int processDueOrders() {
        Instant now = clock.instant();
        List<OrderWork> claimed = orderWork.claimDueOrders(settings.instanceId(), now, now.plus(settings.lease()),
                settings.batchSize());
        List<Future<?>> running = new ArrayList<>(claimed.size());
        for (OrderWork work : claimed) {
            running.add(workers.submit(() -> stepper.step(work)));
        }
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).get();
            } catch (ExecutionException e) {
                LOG.log(Level.SEVERE, "Stepping order " + claimed.get(i).order().id()
                        + " failed; it is retried when its claim runs out", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            }
        }
        return claimed.size();
    }
}
