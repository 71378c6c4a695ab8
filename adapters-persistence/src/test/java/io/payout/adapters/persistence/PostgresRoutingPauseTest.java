package io.payout.adapters.persistence;

/** Routing pauses and the operator log on PostgreSQL. */
class PostgresRoutingPauseTest extends JdbiRoutingPauseContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
