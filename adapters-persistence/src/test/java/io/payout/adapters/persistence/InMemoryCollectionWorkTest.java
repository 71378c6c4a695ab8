package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryOrderStore;

/** The application's in-memory fake keeps the same collection contract as the databases. */
class InMemoryCollectionWorkTest extends CollectionWorkContract {
    @Override
    protected Stores newStores() {
        InMemoryOrderStore store = new InMemoryOrderStore();
        return new Stores(store, store, store, store);
    }
}
