package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Migrating a database, on every database we run on. */
abstract class DatabaseMigrationsContract {
    private TestDatabase database;
    private DataSource dataSource;

    protected abstract TestDatabase openEmptyDatabase();

    @BeforeEach
    void openDatabase() {
        database = openEmptyDatabase();
        dataSource = database.dataSource();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void emptyDatabaseIsNotUpToDate() {
        assertThat(DatabaseMigrations.isUpToDate(dataSource)).isFalse();
    }

    @Test
    void migratingAnEmptyDatabaseAppliesEveryMigration() {
        assertThat(DatabaseMigrations.migrate(dataSource)).isPositive();

        assertThat(DatabaseMigrations.isUpToDate(dataSource)).isTrue();
        assertThat(tables()).contains("merchants", "api_keys", "orders", "fulfillments", "transactions");
    }

    @Test
    void migratingAgainAppliesNothing() {
        DatabaseMigrations.migrate(dataSource);

        assertThat(DatabaseMigrations.migrate(dataSource)).isZero();
        assertThat(DatabaseMigrations.isUpToDate(dataSource)).isTrue();
    }

    private List<String> tables() {
        return JdbiSetup.create(dataSource).withHandle(h -> h.createQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA")
                .mapTo(String.class).list());
    }
}
