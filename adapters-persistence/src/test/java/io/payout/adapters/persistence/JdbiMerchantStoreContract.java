package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Merchant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The merchant contract on a real database. */
abstract class JdbiMerchantStoreContract extends MerchantStoreContract<JdbiMerchantRepository> {
    private TestDatabase database;
    private Jdbi jdbi;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected JdbiMerchantRepository newStore() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        return new JdbiMerchantRepository(jdbi);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void webhookSecretIsStoredWithTheMerchant() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_secret");

        String secret = jdbi.withHandle(h -> h.createQuery("SELECT webhook_secret FROM merchants "
                + "WHERE merchant_id = :id").bind("id", ALPHA.value()).mapTo(String.class).one());

        assertThat(secret).isEqualTo("whsec_secret");
    }
}
