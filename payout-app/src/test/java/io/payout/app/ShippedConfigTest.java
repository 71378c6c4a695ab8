package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox {@code config.yml} as shipped starts the service: its embedded database URL (moved into a temporary
 * directory), its engine and its gateways, on free ports.
 */
class ShippedConfigTest {
    private static final Path CONFIG = Path.of("..", "config.yml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theSandboxConfigurationStartsAndServesAHealthyService() throws Exception {
        String yaml = Files.readString(CONFIG);
        Matcher url = Pattern.compile("\\$\\{PAYOUT_DB_URL:-(jdbc:h2:[^}]*)}").matcher(yaml);
        assertThat(url.find()).as("config.yml's default database URL").isTrue();
        String embedded = url.group(1).replace("./data/", dir.toAbsolutePath() + "/data/");

        DropwizardTestSupport<PayoutConfiguration> app = new DropwizardTestSupport<>(PayoutApplication.class,
                CONFIG.toString(), ConfigOverride.config("database.url", embedded),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"));
        app.before();
        try {
            var health = new HttpApi(app.getAdminPort()).get("/healthcheck", null);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("DUMMY_IMPS");
        } finally {
            app.after();
        }
    }
}
