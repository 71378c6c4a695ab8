package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryOrderStore;

/** The application's in-memory fake keeps the same routing pause contract as the databases. */
class InMemoryRoutingPauseTest extends RoutingPauseContract {
    @Override
    protected Stores newStores() {
        InMemoryOrderStore store = new InMemoryOrderStore();
        return new Stores(store, store);
    }
}
