package io.payout.app.engine;

import io.payout.application.engine.SweepExpiredClaimsService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Releases expired claims; one instance of the cluster runs it at a time. */
@DisallowConcurrentExecution
public class SweepJob implements Job {
    static final String SWEEPER = "sweeper";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ((SweepExpiredClaimsService) context.getScheduler().getContext().get(SWEEPER)).sweep();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
