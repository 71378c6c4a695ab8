package io.payout.bench;

import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The load driver of {@code bench/run}: starts the callback receiver, offers creates (closed or open loop) through a
 * warm-up and a measured window, waits for the payouts still open to finish, and prints what it measured as
 * {@code name=value} lines, the last one starting with {@code DRIVER}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        BenchOptions o = BenchOptions.parse(args);
        PayoutTracker tracker = new PayoutTracker();
        try (CallbackReceiver receiver = new CallbackReceiver(o.callbackPort(), tracker);
             DbStats db = new DbStats(o.jdbcUrl(), o.dbUser());
             DbStats sampledDb = new DbStats(o.jdbcUrl(), o.dbUser());
             Samplers samplers = new Samplers(sampledDb, tracker)) {
            LoadGenerator load = new LoadGenerator(new CreateClient(o.api(), o.apiKey(), o.merchantId()), tracker,
                    o.runId());
            CpuAccounting cpu = new CpuAccounting(o.servicePid());
            Map<String, Long> idle0 = db.snapshot();
            Thread.sleep(3000);
            Map<String, Long> idle = DbStats.delta(idle0, db.snapshot());
            double idleCommitsPerSecond = idle.get("xact_commit") / 3.0;

            Map<String, Long> runBefore = db.snapshot();
            long start = System.nanoTime();
            long windowStart = start + o.warmup().toNanos();
            long stopAt = windowStart + o.measure().toNanos();
            Map<String, Long> before;
            Thread loadThread = new Thread(() -> {
                try {
                    if (o.openLoop()) {
                        load.openLoop(o.rate(), Math.max(64, o.clients() * 4), start, stopAt);
                    } else {
                        load.closedLoop(o.clients(), stopAt);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load");
            loadThread.start();
            if (o.analyzeAtWindow()) {
                waitUntil(windowStart - 2_000_000_000L);
                db.analyze();
                System.out.println("analyzed_before_window=true");
            }
            before = waitAndSnapshot(db, windowStart);
            Map<String, Long> cpuBefore = cpu.snapshot();
            tracker.openWindow(System.nanoTime());
            System.out.println("window_start_utc=" + java.time.LocalTime.now(java.time.ZoneOffset.UTC));
            System.out.println("phase=measure");
            waitUntil(stopAt);
            tracker.closeWindow(System.nanoTime());
            System.out.println("window_end_utc=" + java.time.LocalTime.now(java.time.ZoneOffset.UTC));
            Map<String, Long> cpuAfter = cpu.snapshot();
            Map<String, Long> window = DbStats.delta(before, db.snapshot());
            double seconds = o.measure().toNanos() / 1e9;
            System.out.println("cpu_cores_in_window " + CpuAccounting.describe(cpuBefore, cpuAfter, seconds)
                    + " (machine_total = number of cores)");
            int backlogAtEnd = tracker.outstanding();
            loadThread.join();
            long drainUntil = System.nanoTime() + o.drain().toNanos();
            while (tracker.outstanding() > 0 && System.nanoTime() < drainUntil) {
                Thread.sleep(200);
            }
            double runSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> run = DbStats.delta(runBefore, db.snapshot());
            report(o, tracker, samplers, window, seconds, idleCommitsPerSecond, backlogAtEnd);
            reportRun(tracker, run, runSeconds, idleCommitsPerSecond, cpuBefore, cpuAfter, seconds);
        }
    }

    private static Map<String, Long> waitAndSnapshot(DbStats db, long at) throws Exception {
        waitUntil(at);
        return db.snapshot();
    }

    private static void waitUntil(long at) throws InterruptedException {
        long wait;
        while ((wait = at - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(wait / 1_000_000, 200)));
        }
    }

    private static void report(BenchOptions o, PayoutTracker t, Samplers s, Map<String, Long> window, double seconds,
                               double idleCommitsPerSecond, int backlogAtEnd) {
        long completed = t.completedInWindow.sum();
        double createPerSecond = t.createsAnsweredInWindow.sum() / seconds;
        double e2ePerSecond = completed / seconds;
        long commits = window.get("xact_commit");
        double commitsPerPayout = completed == 0 ? Double.NaN : (double) commits / completed;
        double idleAdjusted = completed == 0 ? Double.NaN
                : (commits - idleCommitsPerSecond * seconds) / completed;
        Histogram c = t.createMicros;
        Histogram e = t.e2eMicros;
        System.out.printf("mode=%s clients=%d rate=%.0f warmup_s=%d measure_s=%.0f%n", o.openLoop() ? "open" : "closed",
                o.clients(), o.rate(), o.warmup().toSeconds(), seconds);
        long refused = t.refusedInWindow.sum();
        double refusedPerSecond = refused / seconds;
        System.out.printf("creates_due_in_window_ok=%d failed=%d never_sent=%d; answered_in_window=%d create_per_s=%.1f"
                        + " refused=%d refused_per_s=%.1f (429 answers in the window: not accepted, not in create_ms)%n",
                t.createsOk.sum(), t.createsFailed.sum(), t.createsNeverSent.sum(), t.createsAnsweredInWindow.sum(),
                createPerSecond, refused, refusedPerSecond);
        System.out.printf("create_ms p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f%n", ms(c, 50), ms(c, 90),
                ms(c, 99), ms(c, 99.9), c.getMaxValue() / 1000.0);
        System.out.printf("payouts_completed_in_window=%d e2e_per_s=%.1f failed_finals_total=%d duplicate_finals=%d%n",
                completed, e2ePerSecond, t.failedFinal.sum(), t.duplicateFinals.sum());
        System.out.printf("e2e_ms p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f%n", ms(e, 50), ms(e, 90), ms(e, 99),
                ms(e, 99.9), e.getMaxValue() / 1000.0);
        System.out.printf("open_payouts_at_window_end=%d still_open_after_drain=%d callbacks_received=%d%n",
                backlogAtEnd, t.outstanding(), t.callbacks.sum());
        System.out.printf("db_commits_in_window=%d db_rollbacks=%d idle_commits_per_s=%.1f commits_per_payout=%.2f"
                + " commits_per_payout_minus_idle=%.2f%n", commits, window.get("xact_rollback"), idleCommitsPerSecond,
                commitsPerPayout, idleAdjusted);
        if (completed > 0) {
            StringBuilder rows = new StringBuilder("rows_per_payout");
            window.forEach((k, v) -> {
                if (v != 0 && (k.endsWith(".ins") || k.endsWith(".upd") || k.endsWith(".del")
                        || k.endsWith(".seq_scan") || k.endsWith(".idx_scan") || k.startsWith("tup_"))) {
                    rows.append(String.format(" %s=%.2f", k, (double) v / completed));
                }
            });
            System.out.println(rows);
            System.out.printf("blks_read=%d blks_hit=%d%n", window.get("blks_read"), window.get("blks_hit"));
        }
        synchronized (s.activity) {
            StringBuilder a = new StringBuilder("pg_activity_avg_backends(" + s.activitySamples + " samples)");
            int n = Math.max(1, s.activitySamples);
            s.activity.forEach((k, v) -> a.append(String.format(" %s=%.2f", k.replace(' ', '_'), (double) v / n)));
            System.out.println(a);
        }
        System.out.printf("DRIVER e2e_per_s=%.1f create_per_s=%.1f create_p50_ms=%.2f create_p99_ms=%.2f"
                        + " create_p999_ms=%.2f e2e_p50_ms=%.1f e2e_p99_ms=%.1f commits_per_payout=%.2f refused=%d"
                        + " refused_per_s=%.1f%n", e2ePerSecond, createPerSecond, ms(c, 50), ms(c, 99), ms(c, 99.9),
                ms(e, 50), ms(e, 99), commitsPerPayout, refused, refusedPerSecond);
    }

    /**
     * Over the whole run, warm-up to drain: with every payout finished, commits per payout no longer depend on
     * where the window cut the work in flight.
     */
    private static void reportRun(PayoutTracker t, Map<String, Long> run, double seconds, double idlePerSecond,
                                  Map<String, Long> cpuBefore, Map<String, Long> cpuAfter, double windowSeconds) {
        long done = t.completedTotal.sum();
        long commits = run.get("xact_commit");
        System.out.printf("whole_run seconds=%.1f creates=%d refused=%d payouts_completed=%d all_done=%s commits=%d"
                        + " commits_per_payout_run=%.2f commits_per_payout_run_minus_idle=%.2f%n", seconds,
                t.createsTotal.sum(), t.refusedTotal.sum(), done, t.outstanding() == 0, commits,
                done == 0 ? Double.NaN : (double) commits / done,
                done == 0 ? Double.NaN : (commits - idlePerSecond * seconds) / done);
        long serviceTicks = cpuAfter.getOrDefault("service", 0L) - cpuBefore.getOrDefault("service", 0L);
        long pgTicks = cpuAfter.getOrDefault("postgres", 0L) - cpuBefore.getOrDefault("postgres", 0L);
        long creates = t.createsAnsweredInWindow.sum();
        if (creates > 0) {
            System.out.printf("cpu_ms_per_create_in_window service=%.1f postgres=%.1f (all the service's work in the"
                    + " window, engine and relay included, divided by the creates of the window)%n",
                    serviceTicks * 10.0 / creates, pgTicks * 10.0 / creates);
        }
        System.out.printf("RUN commits_per_payout_run=%.2f all_done=%s%n",
                done == 0 ? Double.NaN : (double) commits / done, t.outstanding() == 0);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
