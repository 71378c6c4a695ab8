package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryOrderStore;

/** The application's in-memory fake keeps the same outbox contract as the databases. */
class InMemoryCallbackOutboxTest extends CallbackOutboxContract {
    @Override
    protected Stores newStores() {
        InMemoryOrderStore store = new InMemoryOrderStore();
        return new Stores(store, store, store, store, store);
    }
}
