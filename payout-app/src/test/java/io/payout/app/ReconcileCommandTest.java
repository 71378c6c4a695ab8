package io.payout.app;

import static io.payout.domain.TransactionStatus.INITIATED;
import static io.payout.domain.TransactionStatus.MANUAL_REVIEW;
import static io.payout.domain.TransactionStatus.PENDING;
import static io.payout.domain.TransactionStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.payout.adapters.persistence.DatabaseMigrations;
import io.payout.adapters.persistence.ReconcileRows;
import io.payout.app.command.ReconcileCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code reconcile} command, run as a separate process against an H2 file database, as an operator runs it. */
class ReconcileCommandTest {
    private static final String ORDER = "a".repeat(30);
    private static final String OTHER = "b".repeat(30);

    @TempDir
    Path dir;

    @Test
    void printsAHeaderOneTabSeparatedLinePerOpenTransactionAndASummary() throws Exception {
        String config = seededConfig();

        Outcome all = run("--from", "2024-05-01T00:00:00Z", "--to", "2024-05-02T00:00:00Z", config);
        Outcome beta = run("--from", "2024-05-01T00:00:00Z", "--to", "2024-05-02T00:00:00Z",
                "--merchant-id", "beta", config);

        assertThat(all.exitCode()).as(all.stderr()).isZero();
        assertThat(all.stdout().lines()).containsExactly(
                "merchant_id\tmerchant_order_id\torder_id\tfulfillment_id\ttransaction_id\ttransaction_ref\tmethod"
                        + "\tamount\tstatus\tgateway_ref_id\tcreated_at\tupdated_at",
                row("acme", "acme-order-1", ORDER, 1, 1, "1.50", "INITIATED", "", "09:00"),
                row("beta", "beta-order-1", OTHER, 1, 1, "20.00", "MANUAL_REVIEW", "gw-b1", "10:00"),
                row("acme", "acme-order-1", ORDER, 1, 2, "1.50", "PENDING", "gw-a2", "11:00"),
                "total=3 unknown=1 pending=1 manual_review=1");
        assertThat(beta.stdout().lines()).hasSize(3).endsWith("total=1 unknown=0 pending=0 manual_review=1");
        assertThat(beta.stdout()).contains("\tbeta-order-1\t").doesNotContain("acme");
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrABadInstantIsOneErrorLine() throws Exception {
        String config = seededConfig();

        Outcome backwards = run("--from", "2024-05-02T00:00:00Z", "--to", "2024-05-01T00:00:00Z", config);
        Outcome empty = run("--from", "2024-05-01T00:00:00Z", "--to", "2024-05-01T00:00:00Z", config);
        Outcome garbled = run("--from", "yesterday", "--to", "2024-05-01T00:00:00Z", config);

        assertThat(backwards.exitCode()).isNotZero();
        assertThat(backwards.stderr().lines()).containsExactly("error: --to: must be after --from");
        assertThat(empty.exitCode()).isNotZero();
        assertThat(empty.stderr().lines()).containsExactly("error: --to: must be after --from");
        assertThat(garbled.exitCode()).isNotZero();
        assertThat(garbled.stderr().lines()).containsExactly(
                "error: --from: must be an instant such as 2024-05-01T00:00:00Z, not yesterday");
        assertThat(backwards.stdout() + empty.stdout() + garbled.stdout()).isEmpty();
    }

    /** Two merchants; open and settled transactions inside the range and an open one just after it. */
    private String seededConfig() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/payout").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        DatabaseMigrations.migrate(dataSource);
        new ReconcileRows(dataSource).merchant("acme").merchant("beta")
                .order("acme", ORDER, "acme-order-1").order("beta", OTHER, "beta-order-1")
                .transaction("acme", ORDER + "-f1-t1", INITIATED, at("09:00"), "1.50", null)
                .transaction("acme", ORDER + "-f1-t2", PENDING, at("11:00"), "1.50", "gw-a2")
                .transaction("acme", ORDER + "-f2-t1", SUCCESS, at("09:30"), "3.00", "gw-a3")
                .transaction("beta", OTHER + "-f1-t1", MANUAL_REVIEW, at("10:00"), "20", "gw-b1")
                .transaction("beta", OTHER + "-f1-t2", PENDING, Instant.parse("2024-05-02T00:00:00Z"), "20", "gw-b2");
        String yaml = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")))
                .replace("jdbc:h2:mem:placeholder", url);
        Path file = dir.resolve("config.yml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    private static String row(String merchant, String merchantOrder, String order, int fulfillment, int attempt,
                              String amount, String status, String gatewayRefId, String createdAt) {
        String fulfillmentId = order + "-f" + fulfillment;
        String transactionId = fulfillmentId + "-t" + attempt;
        return String.join("\t", merchant, merchantOrder, order, fulfillmentId, transactionId, "ref_" + transactionId,
                "DUMMY_IMPS", amount, status, gatewayRefId, at(createdAt).toString(),
                at(createdAt).plusSeconds(60).toString());
    }

    private static Instant at(String hoursAndMinutes) {
        return Instant.parse("2024-05-01T" + hoursAndMinutes + ":00Z");
    }

    private record Outcome(int exitCode, String stdout, String stderr) {
    }

    /** {@code reconcile} with {@code args} in a JVM of its own (as {@link CommandLine} runs the other commands). */
    private Outcome run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                WithReconcile.class.getName(), "reconcile"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("reconcile did not finish in 60 s");
        }
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** The application with {@code reconcile} registered, until {@link PayoutApplication} registers it itself. */
    static final class WithReconcile extends PayoutApplication {
        public static void main(String[] args) throws Exception {
            new WithReconcile().run(args);
        }

        @Override
        public void initialize(Bootstrap<PayoutConfiguration> bootstrap) {
            super.initialize(bootstrap);
            if (bootstrap.getCommands().stream().noneMatch(c -> c.getName().equals("reconcile"))) {
                bootstrap.addCommand(new ReconcileCommand());
            }
        }
    }
}
