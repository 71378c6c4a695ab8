package io.payout.adapters.persistence;

/** The merchant store on H2 in PostgreSQL mode. */
class H2MerchantStoreTest extends JdbiMerchantStoreContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return H2TestDatabase.inMemory();
    }
}
