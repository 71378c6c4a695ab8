package io.payout.adapters.persistence;

/** The merchant store on PostgreSQL. */
class PostgresMerchantStoreTest extends JdbiMerchantStoreContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }
}
