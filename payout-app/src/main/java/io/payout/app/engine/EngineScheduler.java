package io.payout.app.engine;

import io.dropwizard.lifecycle.Managed;
import io.payout.application.engine.ProcessDueOrdersUseCase;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz, per instance (RAM job store), firing the work pump every {@code pumpInterval}. One trigger per instance,
 * never one per payout: the payouts themselves are rows claimed with {@code FOR UPDATE SKIP LOCKED}, so every
 * instance pumps and none waits for a cluster lock.
 */
public class EngineScheduler implements Managed {
    private final Scheduler scheduler;
    private final ExecutorService workers;

    public EngineScheduler(String instanceId, ProcessDueOrdersUseCase pump, int batchSize, Duration pumpInterval,
                           ExecutorService workers) throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "payout-engine-" + instanceId);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        this.scheduler = new StdSchedulerFactory(properties).getScheduler();
        this.workers = workers;
        JobDataMap data = new JobDataMap();
        data.put(PumpJob.USE_CASE, pump);
        data.put(PumpJob.BATCH_SIZE, batchSize);
        JobDetail job = JobBuilder.newJob(PumpJob.class).withIdentity("work-pump").usingJobData(data).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("work-pump").startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(Math.max(10, pumpInterval.toMillis())).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, trigger);
    }

    public boolean isRunning() throws SchedulerException {
        return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
    }

    @Override
    public void start() throws SchedulerException {
        scheduler.start();
    }

    @Override
    public void stop() throws Exception {
        scheduler.shutdown(true);
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
