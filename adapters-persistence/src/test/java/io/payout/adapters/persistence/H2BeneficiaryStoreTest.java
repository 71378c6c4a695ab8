package io.payout.adapters.persistence;

/** Saved beneficiaries on H2 in PostgreSQL mode. */
class H2BeneficiaryStoreTest extends JdbiBeneficiaryStoreContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
