package io.payout.app;

import io.payout.adapters.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link PayAndFulfillRefundRestartContract} on the production database, PostgreSQL, in a schema of its own
 * (skipped when PostgreSQL cannot be reached; failed instead under CI=true).
 */
class PayAndFulfillRefundRestartPostgresTest extends PayAndFulfillRefundRestartContract {
    private PostgresTestDatabase database;

    @BeforeEach
    void freshSchema() {
        database = PostgresTestDatabase.freshSchema();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    String databaseUrl() {
        return database.url();
    }

    @Override
    String databaseUser() {
        return PostgresTestDatabase.user();
    }
}
