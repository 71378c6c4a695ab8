package io.payout.app.engine;

import io.payout.application.engine.ProcessDueOrdersUseCase;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Claims due work until a claim comes back short of a full batch (or a time budget is spent), so that a backlog
 * drains at full speed and an idle instance costs one cheap query per firing.
 */
@DisallowConcurrentExecution
public class PumpJob implements Job {
    static final String USE_CASE = "useCase";
    static final String BATCH_SIZE = "batchSize";
    private static final long BUDGET_NANOS = 2_000_000_000L;

    @Override
    public void execute(JobExecutionContext context) {
        ProcessDueOrdersUseCase useCase = (ProcessDueOrdersUseCase) context.getMergedJobDataMap().get(USE_CASE);
        int batchSize = context.getMergedJobDataMap().getInt(BATCH_SIZE);
        long start = System.nanoTime();
        while (useCase.processDueOrders() >= batchSize && System.nanoTime() - start < BUDGET_NANOS) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }
}
