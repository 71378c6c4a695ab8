package io.payout.app;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.payout.app.config.DatabaseSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The application under test for callback tests: test-config.yml on an H2 database of its own. */
final class CallbackApps {
    private CallbackApps() {
    }

    /** A named in-memory H2 in PostgreSQL mode that outlives its connections (until the JVM ends). */
    static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** The application on {@code url}, with test-config.yml changed by {@code overrides}. */
    static DropwizardAppExtension<PayoutConfiguration> onH2(String url, ConfigOverride... overrides) {
        List<ConfigOverride> all = new ArrayList<>(List.of(overrides));
        all.add(ConfigOverride.config("database.url", url));
        return new DropwizardAppExtension<>(PayoutApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), all.toArray(ConfigOverride[]::new));
    }

    /** A second pool on the H2 database, as another process (a command, an operator) would have. */
    static Persistence sideDoor(String url) {
        return Persistence.open(new DatabaseSettings(url, "sa", ""), new MetricRegistry());
    }
}
