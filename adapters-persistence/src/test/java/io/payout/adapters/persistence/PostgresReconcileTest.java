package io.payout.adapters.persistence;

/** Reconciliation reads on PostgreSQL. */
class PostgresReconcileTest extends JdbiReconcileContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
