package io.payout.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time (utime + stime, in clock ticks) from /proc, split into the service, this driver, PostgreSQL's processes
 * and everything else, plus the machine's busy and total ticks: on a shared machine, what the others took matters.
 * Processes that end between two snapshots are not counted. Linux only; elsewhere every figure is 0.
 */
final class CpuAccounting {

    private static final double TICKS_PER_SECOND = 100.0;
    private final long servicePid;
    private final long selfPid = ProcessHandle.current().pid();

    CpuAccounting(long servicePid) {
        this.servicePid = servicePid;
    }

    Map<String, Long> snapshot() {
        Map<String, Long> s = new HashMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                add(s, p);
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            s.put("machine_total", total);
            s.put("machine_busy", total - idle);
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unreadable: report zeros
        }
        return s;
    }

    private void add(Map<String, Long> s, Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String comm = stat.substring(stat.indexOf('(') + 1, close);
            String[] f = stat.substring(close + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            long pid = Long.parseLong(proc.getFileName().toString());
            String who = pid == servicePid ? "service" : pid == selfPid ? "driver"
                    : comm.startsWith("postgres") ? "postgres" : "other";
            s.merge(who, ticks, Long::sum);
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile
        }
    }

    /** Cores used on average over {@code seconds}, per category, e.g. "service=1.21 postgres=0.55 ...". */
    static String describe(Map<String, Long> before, Map<String, Long> after, double seconds) {
        StringBuilder b = new StringBuilder();
        for (String k : new String[] {"service", "postgres", "driver", "other", "machine_busy", "machine_total"}) {
            double cores = (after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L)) / TICKS_PER_SECOND / seconds;
            b.append(String.format(" %s=%.2f", k, cores));
        }
        return b.toString().trim();
    }
}
