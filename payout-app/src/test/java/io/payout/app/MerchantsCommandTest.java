package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code merchants} and {@code db} commands, run as separate processes against an H2 file database, also
 * while a server has that database open.
 */
class MerchantsCommandTest {
    @TempDir
    Path dir;

    private Path config() throws Exception {
        String yaml = Files.readString(Path.of(io.dropwizard.testing.ResourceHelpers.resourceFilePath("test-config.yml")))
                .replace("jdbc:h2:mem:placeholder", url());
        Path file = dir.resolve("config.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("data/payout").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    @Test
    void createPrintsKeyAndSecretRotateAddsAKeyAndListCountsThem() throws Exception {
        String config = config().toString();
        CommandLine.Outcome created = CommandLine.run(dir, "merchants", "create", "--merchant-id", "acme", config);
        assertThat(created.exitCode()).as(created.stderr()).isZero();
        assertThat(created.value("api_key")).matches("[0-9a-f]{64}");
        assertThat(created.value("webhook_secret")).startsWith("whsec_");

        CommandLine.Outcome again = CommandLine.run(dir, "merchants", "create", "--merchant-id", "acme", config);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.stderr()).contains("exists already");

        CommandLine.Outcome rotated = CommandLine.run(dir, "merchants", "rotate-key", "--merchant-id", "acme", config);
        assertThat(rotated.exitCode()).as(rotated.stderr()).isZero();
        assertThat(rotated.value("api_key")).isNotEqualTo(created.value("api_key"));

        CommandLine.Outcome listed = CommandLine.run(dir, "merchants", "list", config);
        assertThat(listed.stdout()).contains("merchant_id=acme").contains("active_api_keys=2");
        assertThat(listed.stdout()).doesNotContain(created.value("api_key"));

        CommandLine.Outcome unknown = CommandLine.run(dir, "merchants", "rotate-key", "--merchant-id", "nobody", config);
        assertThat(unknown.exitCode()).isNotZero();

        CommandLine.Outcome migrated = CommandLine.run(dir, "db", "migrate", config);
        assertThat(migrated.value("migrations_applied")).isEqualTo("0");
    }

    @Test
    void merchantCreatedWhileTheServerRunsCanCallItAtOnce() throws Exception {
        DropwizardTestSupport<PayoutConfiguration> server = new DropwizardTestSupport<>(PayoutApplication.class,
                config().toString(), ConfigOverride.config("database.url", url()));
        server.before();
        try {
            CommandLine.Outcome created = CommandLine.run(dir, "merchants", "create", "--merchant-id", "live", config().toString());
            assertThat(created.exitCode()).as(created.stderr()).isZero();
            var response = new HttpApi(server.getLocalPort())
                    .post("/payout/merchant/v1/orders", created.value("api_key"), OrderJson.fulfillOnly("live-1", "2.00"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } finally {
            server.after();
        }
    }
}
