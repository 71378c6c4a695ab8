package io.payout.adapters.persistence;

/** Operators' actions on H2 in PostgreSQL mode. */
class H2OperatorActionTest extends OperatorActionContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
