package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryOrderStore;

/** The application's in-memory fake keeps the same retry contract as the databases. */
class InMemoryRetryFulfillmentTest extends RetryFulfillmentContract {
    @Override
    protected Stores newStores() {
        InMemoryOrderStore store = new InMemoryOrderStore();
        return new Stores(store, store, store, store, store, store);
    }
}
