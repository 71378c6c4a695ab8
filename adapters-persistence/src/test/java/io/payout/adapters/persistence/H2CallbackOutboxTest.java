package io.payout.adapters.persistence;

/** The callback outbox on H2 in PostgreSQL mode. */
class H2CallbackOutboxTest extends JdbiCallbackOutboxContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
