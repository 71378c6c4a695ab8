package io.payout.adapters.persistence;

/** The engine's work on H2 in PostgreSQL mode. */
class H2OrderWorkTest extends OrderWorkContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
