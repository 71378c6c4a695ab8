package io.payout.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * When each fault happens during the workload, from the run's seed: SIGKILLs of a random live instance at random
 * moments (each restarted 1 to 3 s later), a second instance for most of the run, the gateway's fault modes one after
 * another, callback receiver outages of minutes and PostgreSQL restarts. {@link #run} returns when the last fault is over.
 */
final class FaultSchedule {
    private record Event(long atMillis, String what, Runnable action) {
    }

    private final ChaosSettings settings;
    private final Random random;
    private final FaultCounter faults;
    private final FakeRazorpayX gateway;
    private final CallbackReceiver receiver;
    private final List<ServiceInstance> instances;
    private final Map<String, String> env;
    private final Consumer<String> log;
    private final List<Thread> running = new ArrayList<>();

    FaultSchedule(ChaosSettings settings, Random random, FaultCounter faults, FakeRazorpayX gateway,
                  CallbackReceiver receiver, List<ServiceInstance> instances, Map<String, String> env,
                  Consumer<String> log) {
        this.settings = settings;
        this.random = random;
        this.faults = faults;
        this.gateway = gateway;
        this.receiver = receiver;
        this.instances = instances;
        this.env = env;
        this.log = log;
    }

    void run(ServiceInstance first, ServiceInstance second) throws InterruptedException {
        long d = settings.workloadSeconds() * 1000L;
        List<Event> events = new ArrayList<>();
        events.add(new Event(d * 15 / 100, "second instance starts", () -> background("start b", () -> {
            instances.add(second);
            start(second);
            faults.count("second instance runs");
        })));
        for (int k = 0; k < settings.kills(); k++) {
            long at = (long) (d * (k + 0.3 + 0.4 * random.nextDouble()) / settings.kills());
            long restartAfter = 1000 + random.nextInt(2000);
            events.add(new Event(Math.min(at, d * 95 / 100), "SIGKILL", () -> killOne(restartAfter)));
        }
        GatewayFault[] modes = GatewayFault.values();
        for (int i = 0; i < modes.length; i++) {
            GatewayFault mode = modes[i];
            double share = mode == GatewayFault.LATE_SETTLE ? 0.5 : 0.3;
            long late = settings.workloadSeconds() >= 300 ? 45_000 : 20_000;
            events.add(new Event(d * (i + 1) / (modes.length + 2), "gateway " + mode, () -> gateway.fault(mode, share, late)));
        }
        events.add(new Event(d * (modes.length + 1) / (modes.length + 2), "gateway faults off",
                () -> gateway.fault(null, 0, 0)));
        // Minutes-long receiver outages: two of 3 minutes in a full run, one of a minute in a short one; the
        // service's compressed callback schedule (chaos-config.yml) keeps retrying for about 6 minutes.
        boolean full = settings.workloadSeconds() >= 300;
        int outages = full ? 2 : 1;
        long outageMillis = full ? 180_000 : 60_000;
        for (int j = 0; j < outages; j++) {
            events.add(new Event((long) (d * (j + 0.4) / (outages + 0.5)), "callback receiver down for "
                    + outageMillis / 1000 + " s", () -> background("receiver outage", () -> receiverOutage(outageMillis))));
        }
        for (int j = 0; j < settings.pgRestarts(); j++) {
            events.add(new Event((long) (d * (j + 0.6) / settings.pgRestarts()), "PostgreSQL restart",
                    () -> background("pg restart", this::restartPostgres)));
        }
        events.sort(Comparator.comparingLong(Event::atMillis));
        long start = System.currentTimeMillis();
        for (Event event : events) {
            long wait = start + event.atMillis() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            log.accept(event.what());
            event.action().run();
        }
        for (Thread thread : running) {
            thread.join();
        }
    }

    private void killOne(long restartAfterMillis) {
        // On a loaded machine a restart can outlast the gap between two kills: wait for a victim rather than skip.
        List<ServiceInstance> ready = instances.stream().filter(ServiceInstance::ready).toList();
        for (long waited = 0; ready.isEmpty() && waited < 90_000; waited += 500) {
            sleep(500);
            ready = instances.stream().filter(ServiceInstance::ready).toList();
        }
        if (ready.isEmpty()) {
            log.accept("no instance up to kill for 90 s; skipped");
            return;
        }
        ServiceInstance victim = ready.get(random.nextInt(ready.size()));
        try {
            victim.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        faults.count("service SIGKILL");
        log.accept("killed instance " + victim.name() + "; restarting in " + restartAfterMillis + " ms");
        background("restart " + victim.name(), () -> {
            sleep(restartAfterMillis);
            start(victim);
        });
    }

    private void start(ServiceInstance instance) {
        try {
            instance.start(env);
            log.accept("instance " + instance.name() + " up");
        } catch (Exception e) {
            log.accept("instance " + instance.name() + " failed to start: " + e);
            throw new IllegalStateException(e);
        }
    }

    private void receiverOutage(long millis) {
        receiver.down();
        faults.count("callback receiver outage");
        faults.count("callback receiver seconds down", millis / 1000);
        sleep(millis);
        try {
            receiver.up();
            log.accept("callback receiver back");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restartPostgres() {
        if (settings.pgRestartCommand().isBlank()) {
            log.accept("no --pg-restart-command: PostgreSQL restart skipped");
            return;
        }
        try {
            Process process = new ProcessBuilder("bash", "-c", settings.pgRestartCommand())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.runDir().resolve("pg-restart.log").toFile()))
                    .start();
            int exit = process.waitFor();
            if (exit == 0) {
                faults.count("PostgreSQL restart");
                log.accept("PostgreSQL restarted");
            } else {
                log.accept("PostgreSQL restart command failed with " + exit + "; see pg-restart.log");
            }
        } catch (Exception e) {
            log.accept("PostgreSQL restart failed: " + e);
        }
    }

    private void background(String name, Runnable action) {
        Thread thread = new Thread(action, name);
        running.add(thread);
        thread.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
