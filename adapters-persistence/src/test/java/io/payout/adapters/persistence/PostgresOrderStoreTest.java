package io.payout.adapters.persistence;

/** The order store on PostgreSQL. */
class PostgresOrderStoreTest extends JdbiOrderStoreContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
