package io.payout.adapters.persistence;

class PostgresGroupCommitTest extends GroupCommitContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
