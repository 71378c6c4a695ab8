package io.payout.adapters.persistence;

/** Operators' actions on PostgreSQL. */
class PostgresOperatorActionTest extends OperatorActionContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
