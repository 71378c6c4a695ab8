package io.payout.adapters.persistence;

import io.payout.domain.Merchant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** The retry contract on a real database. */
abstract class JdbiRetryFulfillmentContract extends RetryFulfillmentContract {
    private TestDatabase database;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected Stores newStores() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        Jdbi jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, NOW), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, NOW), "key-beta", "whsec_beta");
        JdbiOperatorActionRepository actions = new JdbiOperatorActionRepository(jdbi);
        return new Stores(new JdbiOrderRepository(jdbi), new JdbiOrderWorkRepository(jdbi),
                new JdbiCollectionRepository(jdbi), new JdbiCallbackOutbox(jdbi), actions, actions);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
