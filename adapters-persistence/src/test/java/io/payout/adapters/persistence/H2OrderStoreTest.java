package io.payout.adapters.persistence;

/** The order store on H2 in PostgreSQL mode. */
class H2OrderStoreTest extends JdbiOrderStoreContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
