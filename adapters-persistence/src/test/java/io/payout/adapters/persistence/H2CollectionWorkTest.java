package io.payout.adapters.persistence;

/** Pay and Fulfill's work on H2 in PostgreSQL mode. */
class H2CollectionWorkTest extends JdbiCollectionWorkContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
