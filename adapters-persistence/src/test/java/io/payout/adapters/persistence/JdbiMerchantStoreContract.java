package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Merchant;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.WebhookSubscription;
import java.util.Set;
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

    @Test
    void labelsAreStoredCommaSeparatedAndEveryLabelAsNull() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        store.saveSubscription(ALPHA,
                new WebhookSubscription(HOOK, Set.of(EventLabel.FULFILLMENT_TXN, EventLabel.ORDER)));
        String some = storedLabels();
        store.saveSubscription(ALPHA, new WebhookSubscription(HOOK, Set.of()));

        assertThat(some).isEqualTo("ORDER,FULFILLMENT_TXN");
        assertThat(storedLabels()).isNull();
    }

    @Test
    void emptyOrSpacedLabelsWrittenByHandAreRead() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        store.saveSubscription(ALPHA, new WebhookSubscription(HOOK, Set.of()));

        setLabels(" ORDER , FULFILLMENT_ORDER,");
        WebhookSubscription spaced = store.subscription(ALPHA).orElseThrow();
        setLabels("");
        WebhookSubscription empty = store.subscription(ALPHA).orElseThrow();

        assertThat(spaced.labels()).containsExactlyInAnyOrder(EventLabel.ORDER, EventLabel.FULFILLMENT_ORDER);
        assertThat(empty.labels()).containsExactlyInAnyOrder(EventLabel.values());
    }

    private String storedLabels() {
        return jdbi.withHandle(h -> h.createQuery("SELECT webhook_labels FROM merchants WHERE merchant_id = :id")
                .bind("id", ALPHA.value()).mapTo(String.class).one());
    }

    private void setLabels(String labels) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE merchants SET webhook_labels = :labels WHERE merchant_id = :id")
                .bind("labels", labels).bind("id", ALPHA.value()).execute());
    }
}
