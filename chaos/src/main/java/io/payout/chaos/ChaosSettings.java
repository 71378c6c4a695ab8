package io.payout.chaos;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run does, from the command line ({@code --key value}): the service's jar and configuration, the run
 * directory (logs, pids), the database, and the size of the workload and of the chaos.
 */
record ChaosSettings(String appJar, String configFile, Path runDir, String dbUrl, int orders, int workloadSeconds,
                     int kills, int pgRestarts, String pgRestartCommand, int settleSeconds, long seed) {

    static ChaosSettings fromArgs(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --key value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return new ChaosSettings(
                required(options, "app-jar"), required(options, "config"), Path.of(required(options, "run-dir")),
                required(options, "db-url"),
                Integer.parseInt(options.getOrDefault("orders", "300")),
                Integer.parseInt(options.getOrDefault("workload-seconds", "90")),
                Integer.parseInt(options.getOrDefault("kills", "3")),
                Integer.parseInt(options.getOrDefault("pg-restarts", "1")),
                options.getOrDefault("pg-restart-command", ""),
                Integer.parseInt(options.getOrDefault("settle-seconds", "120")),
                Long.parseLong(options.getOrDefault("seed", "9")));
    }

    Process launch(List<String> args, Map<String, String> env, File log) throws IOException {
        return ServiceInstance.launch(ServiceInstance.javaCommand(appJar, args), env, log);
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }
}
