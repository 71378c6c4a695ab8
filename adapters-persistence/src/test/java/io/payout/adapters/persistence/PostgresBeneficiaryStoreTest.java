package io.payout.adapters.persistence;

/** Saved beneficiaries on PostgreSQL. */
class PostgresBeneficiaryStoreTest extends JdbiBeneficiaryStoreContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
