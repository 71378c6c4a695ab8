package io.payout.app;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.UUID;

/** The end-to-end suite on the embedded default, H2 in PostgreSQL mode. */
class H2EndToEndTest extends EndToEndContract {
    private static final String URL = "jdbc:h2:mem:e2e-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", URL));

    @Override
    DropwizardAppExtension<PayoutConfiguration> app() {
        return APP;
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
