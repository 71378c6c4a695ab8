package io.payout.adapters.persistence;

/** Routing pauses and the operator log on H2 in PostgreSQL mode. */
class H2RoutingPauseTest extends JdbiRoutingPauseContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
