package io.payout.app;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.payout.adapters.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;

/** The end-to-end suite on the real PostgreSQL, in a schema of its own. */
class PostgresEndToEndTest extends EndToEndContract {
    private static PostgresTestDatabase database;

    static final DropwizardAppExtension<PayoutConfiguration> APP = new DropwizardAppExtension<>(
            PayoutApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", PostgresEndToEndTest::schemaUrl),
            ConfigOverride.config("database.user", PostgresTestDatabase.user()));

    /** Opened when the application starts, so that an unreachable PostgreSQL skips the class (fails under CI). */
    private static String schemaUrl() {
        if (database == null) {
            database = PostgresTestDatabase.freshSchema();
        }
        return database.url();
    }

    @AfterAll
    static void dropSchema() {
        if (database != null) {
            database.close();
            database = null;
        }
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
        return schemaUrl();
    }

    @Override
    String user() {
        return PostgresTestDatabase.user();
    }
}
