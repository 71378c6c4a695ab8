package io.payout.adapters.persistence;

/** Migrating PostgreSQL, in a schema of the test's own. */
class PostgresDatabaseMigrationsTest extends DatabaseMigrationsContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
