package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryBeneficiaryStore;

/** The application's in-memory fake keeps the same beneficiary contract as the databases. */
class InMemoryBeneficiaryStoreTest extends BeneficiaryStoreContract {
    @Override
    protected Stores newStores() {
        InMemoryBeneficiaryStore store = new InMemoryBeneficiaryStore();
        return new Stores(store, store, store, store.outbox());
    }
}
