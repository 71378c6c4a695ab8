package io.payout.bench;

import java.net.URI;
import java.time.Duration;

/**
 * What the driver is told by {@code bench/run}: where the service, its admin port and its database are, how long to
 * warm up and measure, how many clients (closed loop) or which fixed rate (open loop, {@code rate > 0}).
 */
record BenchOptions(URI api, URI admin, String apiKey, String merchantId, int callbackPort, int clients, double rate,
                    Duration warmup, Duration measure, Duration drain, String jdbcUrl, String dbUser, String runId,
                    long servicePid, boolean analyzeAtWindow) {

    static BenchOptions parse(String[] args) {
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        return new BenchOptions(
                URI.create(need(a, "api")), URI.create(need(a, "admin")), need(a, "api-key"), need(a, "merchant-id"),
                Integer.parseInt(a.getOrDefault("callback-port", "18090")),
                Integer.parseInt(a.getOrDefault("clients", "32")),
                Double.parseDouble(a.getOrDefault("rate", "0")),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("warmup", "10"))),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("duration", "60"))),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("drain", "30"))),
                need(a, "jdbc-url"), a.getOrDefault("db-user", "postgres"),
                a.getOrDefault("run-id", Long.toString(System.currentTimeMillis(), 36)),
                Long.parseLong(a.getOrDefault("service-pid", "-1")),
                Boolean.parseBoolean(a.getOrDefault("analyze", "false")));
    }

    boolean openLoop() {
        return rate > 0;
    }

    private static String need(java.util.Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }
}
