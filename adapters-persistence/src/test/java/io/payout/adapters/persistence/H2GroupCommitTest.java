package io.payout.adapters.persistence;

class H2GroupCommitTest extends GroupCommitContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
