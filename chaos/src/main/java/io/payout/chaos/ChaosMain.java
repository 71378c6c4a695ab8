package io.payout.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chaos suite's driver ({@code ./chaos/run}): starts a fake RazorpayX and a callback receiver, creates a
 * merchant, runs the real service (one instance, a second one for part of the run), sends a workload of payouts while
 * it injects faults (SIGKILL and restart, gateway faults, receiver outages, PostgreSQL restarts), lets everything
 * settle, then checks the invariants. Exit status: 0 all held, 1 an invariant broke, 2 the harness failed.
 */
public final class ChaosMain {
    static final String MERCHANT = "chaos";
    /** The RazorpayX webhook secret, given to the service as PAYOUT_RAZORPAYX_WEBHOOK_SECRET. */
    static final String WEBHOOK_SECRET = "chaos-razorpayx-webhook-secret-7d2f";

    private final ChaosSettings settings;
    private final FaultCounter faults = new FaultCounter();
    private final List<ServiceInstance> instances = new CopyOnWriteArrayList<>();
    private final Random random;
    private final long startMillis = System.currentTimeMillis();
    private FakeRazorpayX gateway;
    private FakeRazorpayXWebhooks webhooks;
    private CallbackReceiver receiver;
    private Map<String, String> env;

    private ChaosMain(ChaosSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public static void main(String[] args) {
        int status;
        ChaosMain chaos = null;
        try {
            chaos = new ChaosMain(ChaosSettings.fromArgs(args));
            ChaosMain running = chaos;
            Runtime.getRuntime().addShutdownHook(new Thread(running::stopEverything));
            status = chaos.run() ? 0 : 1;
        } catch (Exception | AssertionError e) {
            System.err.println("chaos: the harness failed: " + e);
            e.printStackTrace();
            status = 2;
        } finally {
            if (chaos != null) {
                chaos.stopEverything();
            }
        }
        System.exit(status);
    }

    private boolean run() throws Exception {
        Files.createDirectories(settings.runDir());
        PrintWriter callbackLog = new PrintWriter(Files.newBufferedWriter(settings.runDir().resolve("callbacks.tsv")), true);
        gateway = new FakeRazorpayX(4_500, faults);
        webhooks = new FakeRazorpayXWebhooks(WEBHOOK_SECRET,
                () -> instances.stream().map(ServiceInstance::baseUrl).toList(),
                new FakeRazorpayXWebhooks.Shares(0.15, 0.10, 0.10, 0.10, settings.workloadSeconds() >= 300 ? 60_000 : 20_000),
                settings.seed() + 1, faults);
        gateway.ledger().onChange(webhooks::publish);
        env = new HashMap<>();
        env.put("PAYOUT_DB_URL", settings.dbUrl());
        env.put("PAYOUT_DB_USER", "postgres");
        env.put("PAYOUT_DB_PASSWORD", "");
        env.put("PAYOUT_RAZORPAYX_KEY_ID", FakeRazorpayX.KEY_ID);
        env.put("PAYOUT_RAZORPAYX_KEY_SECRET", FakeRazorpayX.KEY_SECRET);
        env.put("PAYOUT_RAZORPAYX_ACCOUNT_NUMBER", FakeRazorpayX.ACCOUNT);
        env.put("PAYOUT_RAZORPAYX_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("PAYOUT_RAZORPAYX_BASE_URL", gateway.baseUrl());

        command("db", "migrate");
        Map<String, String> merchant = command("merchants", "create", "--merchant-id", MERCHANT);
        String apiKey = merchant.get("api_key");
        receiver = new CallbackReceiver(freePort(), merchant.get("webhook_secret"), callbackLog);
        command("merchants", "set-webhook", "--merchant-id", MERCHANT, "--url", receiver.url());
        log("fake RazorpayX at " + gateway.baseUrl() + ", callback receiver at " + receiver.url());

        ServiceInstance first = new ServiceInstance("a", freePort(), freePort(), settings);
        ServiceInstance second = new ServiceInstance("b", freePort(), freePort(), settings);
        instances.add(first);
        first.start(env);
        log("instance a up");

        HarnessProbe probe = new HarnessProbe(gateway, receiver, this::log);
        probe.startInBackground();
        Workload workload = new Workload(MERCHANT, apiKey, () -> instances);
        String runId = "chaos" + Long.toString(startMillis, 36);
        Thread load = new Thread(() -> {
            try {
                workload.run(settings.orders(), settings.workloadSeconds(), runId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "workload");
        load.start();
        new FaultSchedule(settings, random, faults, gateway, receiver, instances, env, this::log)
                .run(first, second);
        load.join();
        log("workload done: " + workload.accepted().size() + " orders accepted of " + settings.orders()
                + " (" + workload.requests() + " requests, " + workload.refused() + " refused, "
                + workload.throttled() + " answered 429 and sent again after Retry-After)");

        gateway.fault(null, 0, 0);
        receiver.up();
        if (second.alive()) {
            second.kill();
            instances.remove(second);
        }
        if (!first.alive()) {
            first.start(env);
        }
        settle();

        Database database = new Database(settings.dbUrl());
        Map<String, String> statuses = new StatusReader(MERCHANT, apiKey, first).statuses(workload.accepted().keySet());
        Map<String, Integer> maxAttempts = new HashMap<>();
        workload.accepted().keySet().forEach(id -> maxAttempts.put(id, workload.plan(id).maxAttempts()));
        Invariants invariants = new Invariants();
        invariants.check(new Invariants.Seen(workload.accepted(), maxAttempts, statuses, gateway.ledger().all(),
                gateway.ledger().refusals(), database.transactions(MERCHANT), database.callbacks(MERCHANT),
                receiver.log(), webhooks.outcomes(), webhooks.forgedClaims()));
        probe.stop();
        boolean harnessAnswers = probe.probe(true);
        invariants.figures.put("harness probes slow or unanswered (fake gateway, receiver)", probe.slowProbes());
        report(invariants);
        if (!harnessAnswers) {
            throw new IllegalStateException("the fake gateway or the callback receiver stopped answering: the figures"
                    + " above may blame the service for the harness");
        }
        if (workload.accepted().size() < settings.orders() * 9 / 10) {
            throw new IllegalStateException("only " + workload.accepted().size() + " of " + settings.orders()
                    + " orders were accepted: the harness could not drive the service");
        }
        return !invariants.broken();
    }

    /**
     * Waits (at most --settle-seconds) until every order is terminal, no callback is pending, the engine has nothing
     * planned for any order (the settled watch, which catches reversals, is over), no payout has a change ahead at
     * the gateway and no webhook is still to be delivered.
     */
    private void settle() throws Exception {
        Database database = new Database(settings.dbUrl());
        long deadline = System.currentTimeMillis() + settings.settleSeconds() * 1000L;
        long[] left = {-1, -1, -1};
        boolean gatewayQuiet = false;
        while (System.currentTimeMillis() < deadline) {
            left = database.unsettled(MERCHANT);
            gatewayQuiet = !gateway.ledger().changesAhead() && webhooks.inFlight() == 0;
            if (left[0] == 0 && left[1] == 0 && left[2] == 0 && gatewayQuiet) {
                break;
            }
            Thread.sleep(2000);
        }
        log("settled: " + left[0] + " orders not terminal, " + left[1] + " callbacks pending, " + left[2]
                + " orders with engine work planned, gateway " + (gatewayQuiet ? "quiet" : "still changing or webhooks"
                + " in flight") + " after "
                + (settings.settleSeconds() - Math.max(0, (deadline - System.currentTimeMillis()) / 1000)) + " s");
        if (left[0] > 0 || left[1] > 0) {
            Thread.sleep(3000);
        }
    }

    private void report(Invariants invariants) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("chaos: seed " + settings.seed() + ", " + (System.currentTimeMillis() - startMillis) / 1000
                + " s of driver time");
        lines.add("faults injected:");
        faults.snapshot().forEach((kind, count) -> lines.add(String.format("  %-28s %d", kind, count)));
        List<String> gatewayFaults = java.util.Arrays.stream(GatewayFault.values())
                .map(mode -> "gateway " + mode.name().toLowerCase()).toList();
        List<String> missing = faults.neverCounted(gatewayFaults);
        if (!missing.isEmpty()) {
            // A phase can fall entirely within a PostgreSQL restart, when the service sends the gateway nothing.
            lines.add("  NOT INJECTED this run (no request met them): " + String.join(", ", missing));
        }
        lines.add("figures:");
        invariants.figures.forEach((name, count) -> lines.add(String.format("  %-70s %d", name, count)));
        if (!invariants.findings.isEmpty()) {
            lines.add("findings (first " + invariants.findings.size() + "):");
            invariants.findings.forEach(finding -> lines.add("  " + finding));
        }
        lines.add(invariants.broken() ? "chaos: INVARIANTS BROKEN" : "chaos: all invariants held");
        lines.forEach(System.out::println);
        Files.write(settings.runDir().resolve("summary.txt"), lines);
    }

    /** Runs a {@code payout-app.jar} command to its end and returns its {@code key=value} lines. */
    private Map<String, String> command(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        command.add(settings.configFile());
        Process process = settings.launch(command, env, settings.runDir().resolve("commands.log").toFile());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed; see commands.log");
        }
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(settings.runDir().resolve("commands.log"))) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.contains(" ")) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    private synchronized void stopEverything() {
        for (ServiceInstance instance : instances) {
            try {
                instance.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        instances.clear();
        if (webhooks != null) {
            webhooks.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    void log(String line) {
        System.out.printf("[%5.1f s] %s%n", (System.currentTimeMillis() - startMillis) / 1000.0, line);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
