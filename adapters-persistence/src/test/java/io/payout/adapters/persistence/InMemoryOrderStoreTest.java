package io.payout.adapters.persistence;

import io.payout.application.fakes.InMemoryOrderStore;

/** The application's in-memory fake keeps the same contract as the databases. */
class InMemoryOrderStoreTest extends OrderStoreContract<InMemoryOrderStore> {
    @Override
    protected InMemoryOrderStore newStore() {
        return new InMemoryOrderStore();
    }
}
