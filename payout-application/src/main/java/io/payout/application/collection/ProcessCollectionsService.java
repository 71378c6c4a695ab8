package io.payout.application.collection;

import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the collection pump: claims due payments and refunds, steps each on the workers (provider calls run
 * in parallel, outside any database transaction) and waits for them, then decides the refunds now due.
 */
public class ProcessCollectionsService {
    private static final Logger LOG = Logger.getLogger(ProcessCollectionsService.class.getName());
    private final CollectionWorkPort work;
    private final CollectionStepper payments;
    private final RefundStepper refunds;
    private final DecideRefundsService decisions;
    private final ExecutorService workers;
    private final CollectionSettings settings;
    private final Clock clock;

    public ProcessCollectionsService(CollectionWorkPort work, CollectionStepper payments, RefundStepper refunds,
                                     DecideRefundsService decisions, ExecutorService workers,
                                     CollectionSettings settings, Clock clock) {
        this.work = work;
        this.payments = payments;
        this.refunds = refunds;
        this.decisions = decisions;
        this.workers = workers;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many payments, refunds and refund decisions were handled */
    public int processDue() throws InterruptedException {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        List<Callable<Void>> steps = new ArrayList<>();
        for (Payment payment : work.claimDuePayments(now, leaseUntil, settings.batchSize())) {
            steps.add(() -> run("payment of order " + payment.orderId(), () -> payments.step(payment)));
        }
        for (Refund refund : work.claimDueRefunds(now, leaseUntil, settings.batchSize())) {
            steps.add(() -> run("refund " + refund.id(), () -> refunds.step(refund)));
        }
        workers.invokeAll(steps);
        return steps.size() + decisions.decideDue();
    }

    private static Void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Stepping the " + what + " failed; it is retried when its claim runs out", e);
        }
        return null;
    }
}
