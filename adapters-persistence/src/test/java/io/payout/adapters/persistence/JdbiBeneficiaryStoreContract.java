package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.CustomerId;
import io.payout.domain.Merchant;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The beneficiary contract on a real database, and what only a database can get wrong. */
abstract class JdbiBeneficiaryStoreContract extends BeneficiaryStoreContract {
    private TestDatabase database;
    private Jdbi jdbi;
    private JdbiBeneficiaryRepository repository;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected Stores newStores() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, T0), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, T0), "key-beta", "whsec_beta");
        repository = new JdbiBeneficiaryRepository(jdbi);
        return new Stores(repository, repository, repository, new JdbiCallbackOutbox(jdbi));
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void concurrentClaimsNeverHandOutOneBeneficiaryTwice() throws Exception {
        for (int i = 0; i < 20; i++) {
            repository.insertBeneficiary(beneficiary(ALPHA, CUST_1, "bene-" + i, BeneficiaryAction.VALIDATE, T0));
        }

        List<List<SavedBeneficiary>> claims = Race.run(4,
                i -> () -> repository.claimDueValidations("owner-" + i, T0, LEASE_END, 5));

        Set<String> seen = new HashSet<>();
        for (List<SavedBeneficiary> claim : claims) {
            for (SavedBeneficiary b : claim) {
                assertThat(seen.add(b.uniqueId().value())).as("claimed twice: %s", b.uniqueId()).isTrue();
            }
        }
    }

    @Test
    void aCustomerIdOfSixtyFourCharactersOutsideTheBasicPlaneFits() {
        CustomerId customer = new CustomerId("\uD83D\uDE00".repeat(64));
        SavedBeneficiary b = beneficiary(ALPHA, customer, "bene-1", BeneficiaryAction.CREATE, T0);

        assertThat(repository.insertBeneficiary(b)).isTrue();

        assertThat(repository.findBeneficiary(ALPHA, customer, b.beneId())).contains(b);
    }
}
