package io.payout.adapters.persistence;

/** Operators' retries on PostgreSQL. */
class PostgresRetryFulfillmentTest extends JdbiRetryFulfillmentContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
