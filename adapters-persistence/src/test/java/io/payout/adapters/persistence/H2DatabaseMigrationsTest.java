package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrating H2 in PostgreSQL mode, in memory and in a file opened as the application opens it. */
class H2DatabaseMigrationsTest extends DatabaseMigrationsContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }

    @Test
    void fileDatabaseOpenedWithTheApplicationsUrlIsMigratedOnce(@TempDir Path directory) {
        try (H2TestDatabase database = H2TestDatabase.file(directory)) {
            assertThat(DatabaseMigrations.migrate(database.dataSource())).isPositive();
            assertThat(DatabaseMigrations.migrate(database.dataSource())).isZero();
            assertThat(DatabaseMigrations.isUpToDate(database.dataSource())).isTrue();
        }
    }
}
