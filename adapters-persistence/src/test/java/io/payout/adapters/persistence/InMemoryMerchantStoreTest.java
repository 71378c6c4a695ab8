package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryMerchantStore;

/** The application's in-memory fake keeps the same contract as the databases. */
class InMemoryMerchantStoreTest extends MerchantStoreContract<InMemoryMerchantStore> {
    @Override
    protected InMemoryMerchantStore newStore() {
        return new InMemoryMerchantStore();
    }
}
