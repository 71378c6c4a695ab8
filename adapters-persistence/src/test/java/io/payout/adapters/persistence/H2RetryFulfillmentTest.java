package io.payout.adapters.persistence;

/** Operators' retries on H2 in PostgreSQL mode. */
class H2RetryFulfillmentTest extends JdbiRetryFulfillmentContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
