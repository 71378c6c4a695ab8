package io.payout.adapters.persistence;

/** Reconciliation reads on H2 in PostgreSQL mode. */
class H2ReconcileTest extends JdbiReconcileContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
