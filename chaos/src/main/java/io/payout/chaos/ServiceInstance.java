package io.payout.chaos;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One instance of the real service, run as {@code java -jar payout-app.jar server <config>}, killed with SIGKILL. */
final class ServiceInstance {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String name;
    private final int httpPort;
    private final int adminPort;
    private final ChaosSettings settings;
    private volatile Process process;
    private volatile boolean ready;

    ServiceInstance(String name, int httpPort, int adminPort, ChaosSettings settings) {
        this.name = name;
        this.httpPort = httpPort;
        this.adminPort = adminPort;
        this.settings = settings;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort + "/payout";
    }

    boolean ready() {
        return ready && process != null && process.isAlive();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the JVM and waits until its API answers (at most two minutes). The service refuses to start while its
     * database is unreachable (during a PostgreSQL restart): it is then started again, three times at most.
     */
    synchronized void start(Map<String, String> env) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        for (int attempt = 1; ; attempt++) {
            Process started = settings.launch(List.of("server", settings.configFile()), env(env),
                    settings.runDir().resolve(name + ".log").toFile());
            process = started;
            Files.writeString(settings.runDir().resolve("pids"), started.pid() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            while (System.currentTimeMillis() < deadline && started.isAlive()) {
                if (answers()) {
                    ready = true;
                    return;
                }
                Thread.sleep(250);
            }
            if (started.isAlive() || attempt == 3) {
                started.destroyForcibly();
                throw new IllegalStateException(name + " did not start (" + attempt + " attempts); see "
                        + settings.runDir().resolve(name + ".log"));
            }
            System.out.println(name + " exited at start with " + started.exitValue() + "; starting it again");
            Thread.sleep(2000);
        }
    }

    /** SIGKILL: no shutdown hook, no draining, in-flight work abandoned. */
    synchronized void kill() throws InterruptedException {
        ready = false;
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/ping"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                    && HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/merchant/v1/orders/ping"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<String, String> env(Map<String, String> common) {
        Map<String, String> env = new java.util.HashMap<>(common);
        env.put("PAYOUT_INSTANCE_ID", "chaos-" + name);
        env.put("PAYOUT_HTTP_PORT", String.valueOf(httpPort));
        env.put("PAYOUT_ADMIN_PORT", String.valueOf(adminPort));
        return env;
    }

    static List<String> javaCommand(String jar, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", jar));
        command.addAll(args);
        return command;
    }

    static Process launch(List<String> command, Map<String, String> env, File log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        return builder.start();
    }
}
