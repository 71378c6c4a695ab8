package io.payout.application.beneficiary;

import static io.payout.application.beneficiary.Beneficiaries.ACCOUNT;
import static io.payout.application.beneficiary.Beneficiaries.ACME;
import static io.payout.application.beneficiary.Beneficiaries.CUST_1;
import static io.payout.application.beneficiary.Beneficiaries.VPA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.NotFoundException;
import io.payout.application.fakes.InMemoryBeneficiaryStore;
import io.payout.application.fakes.MutableClock;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.DuplicateBeneficiaryException;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SaveBeneficiaryServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private final InMemoryBeneficiaryStore store = new InMemoryBeneficiaryStore();
    private final MutableClock clock = new MutableClock(START);
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final SaveBeneficiaryService service = new SaveBeneficiaryService(store, store, wakeUps::incrementAndGet,
            clock);
    private final GetBeneficiaryService get = new GetBeneficiaryService(store);

    @Test
    void createSavesItCreatedWithoutWakingTheValidation() {
        SaveBeneficiaryResult result = service.save(Beneficiaries.create("bene-1", ACCOUNT));

        assertThat(result.created()).isTrue();
        SavedBeneficiary saved = result.beneficiary();
        assertThat(saved.status()).isEqualTo(BeneficiaryStatus.CREATED);
        assertThat(saved.payee()).isEqualTo(ACCOUNT);
        assertThat(saved.createdAt()).isEqualTo(START);
        assertThat(get.getBeneficiary(ACME, CUST_1, new BeneId("bene-1"))).isEqualTo(saved);
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void validateSavesItPendingAndWakesTheValidation() {
        SaveBeneficiaryResult result = service.save(Beneficiaries.validate("bene-1", VPA));

        assertThat(result.beneficiary().status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void anIdenticalRepeatReturnsTheStoredBeneficiaryAsItIsNow() {
        SavedBeneficiary first = service.save(Beneficiaries.validate("bene-1", VPA)).beneficiary();
        clock.advance(Duration.ofMinutes(1));

        SaveBeneficiaryResult repeat = service.save(Beneficiaries.validate("bene-1", VPA));

        assertThat(repeat.created()).isFalse();
        assertThat(repeat.beneficiary()).isEqualTo(first);
        assertThat(store.all()).hasSize(1);
        assertThat(wakeUps).as("a repeat does not wake the validation again").hasValue(1);
    }

    @Test
    void theSameBeneIdWithADifferentBodyIsADuplicateAndChangesNothing() {
        SavedBeneficiary first = service.save(Beneficiaries.validate("bene-1", VPA)).beneficiary();

        assertThatThrownBy(() -> service.save(Beneficiaries.validate("bene-1", ACCOUNT)))
                .isInstanceOf(DuplicateBeneficiaryException.class).hasMessageContaining("duplicate beneficiary id");
        assertThatThrownBy(() -> service.save(Beneficiaries.create("bene-1", VPA)))
                .as("CREATE after VALIDATE is another request").isInstanceOf(DuplicateBeneficiaryException.class);
        assertThat(store.all()).containsExactly(first);
    }

    @Test
    void theSameBeneIdOfAnotherCustomerOrMerchantIsAnotherBeneficiary() {
        SavedBeneficiary mine = service.save(Beneficiaries.validate("bene-1", VPA)).beneficiary();
        SavedBeneficiary otherCustomer = service.save(Beneficiaries.command(ACME, new CustomerId("cust-2"), "bene-1",
                ACCOUNT, BeneficiaryAction.CREATE, null)).beneficiary();
        SavedBeneficiary otherMerchant = service.save(Beneficiaries.command(new MerchantId("other"), CUST_1,
                "bene-1", ACCOUNT, BeneficiaryAction.CREATE, null)).beneficiary();

        assertThat(store.all()).containsExactly(mine, otherCustomer, otherMerchant);
        assertThat(otherCustomer.uniqueId()).isNotEqualTo(mine.uniqueId());
    }

    @Test
    void aConcurrentSaveThatWonIsReturnedWhenItIsTheSameRequestAndRefusedOtherwise() {
        InMemoryBeneficiaryStore racing = new InMemoryBeneficiaryStore() {
            @Override
            public boolean insertBeneficiary(SavedBeneficiary beneficiary) {
                super.insertBeneficiary(SavedBeneficiary.accept(
                        io.payout.domain.beneficiary.BeneficiaryUniqueId.random(), beneficiary.merchantId(),
                        beneficiary.request(), beneficiary.createdAt()));
                return super.insertBeneficiary(beneficiary);
            }
        };
        SaveBeneficiaryService onRace = new SaveBeneficiaryService(racing, racing, wakeUps::incrementAndGet, clock);

        SaveBeneficiaryResult result = onRace.save(Beneficiaries.validate("bene-1", VPA));

        assertThat(result.created()).isFalse();
        assertThat(racing.all()).containsExactly(result.beneficiary());
        assertThat(wakeUps).as("the winner woke it").hasValue(0);
    }

    @Test
    void anUnknownOrAnotherMerchantsBeneficiaryIsNotFound() {
        service.save(Beneficiaries.create("bene-1", VPA));

        assertThatThrownBy(() -> get.getBeneficiary(ACME, CUST_1, new BeneId("bene-2")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get.getBeneficiary(new MerchantId("other"), CUST_1, new BeneId("bene-1")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get.getBeneficiary(ACME, new CustomerId("cust-2"), new BeneId("bene-1")))
                .isInstanceOf(NotFoundException.class);
    }
}
