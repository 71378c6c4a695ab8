package io.payout.app;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.payout.adapters.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;

/** The end-to-end suite on the real PostgreSQL, in a schema of its own. */
class PostgresEndToEndTest extends EndToEndContract {
    private static final PostgresTestDatabase DATABASE = PostgresTestDatabase.freshSchema();

    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", DATABASE.url()),
            ConfigOverride.config("database.user", PostgresTestDatabase.user()));

    @AfterAll
    static void dropSchema() {
        DATABASE.close();
    }

    @org.junit.jupiter.api.Test
    void clusteredSchedulerKeepsTheSweeperInTheDatabase() throws Exception {
        try (var connection = sideDoor().dataSource().getConnection();
             var statement = connection.prepareStatement(
                     "SELECT count(*) FROM qrtz_triggers WHERE sched_name = 'payout-cluster' AND trigger_name = 'claim-sweeper'");
             var rows = statement.executeQuery()) {
            rows.next();
            org.assertj.core.api.Assertions.assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Override
    DropwizardAppExtension<PayoutConfiguration> app() {
        return APP;
    }

    @Override
    String databaseUrl() {
        return DATABASE.url();
    }

    @Override
    String user() {
        return PostgresTestDatabase.user();
    }
}
