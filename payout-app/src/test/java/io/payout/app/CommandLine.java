package io.payout.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the application's command line in a separate JVM, as an operator would, and captures what it prints. */
final class CommandLine {
    record Outcome(int exitCode, String stdout, String stderr) {
        String value(String name) {
            return stdout.lines().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + name + "= in: " + stdout + stderr));
        }
    }

    private CommandLine() {
    }

    static Outcome run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    /** {@link #run(Path, String...)} with {@code environment} added to this JVM's environment. */
    static Outcome run(Path workDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        // a command is a short-lived JVM: the C1 compiler and the serial collector start it a third faster
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), PayoutApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("out.txt").toFile()).redirectError(workDir.resolve("err.txt").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("command did not finish in 60 s: " + args[0] + " " + args[1]);
        }
        return new Outcome(process.exitValue(),
                java.nio.file.Files.readString(workDir.resolve("out.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(workDir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
