package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.beneficiary.port.BeneficiaryValidationWorkPort;
import io.payout.application.beneficiary.port.LoadBeneficiaryPort;
import io.payout.application.beneficiary.port.SaveBeneficiaryPort;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.OrderId;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.BeneficiaryUniqueId;
import io.payout.domain.beneficiary.NewBeneficiary;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of saved beneficiaries must do: keep them as saved, one per (merchant, customer, beneId); hand
 * out due validations under a lease; take saves only from the claim's owner while {@code PENDING}; and write a final
 * status with its callbacks, numbered per beneficiary, into the callback outbox the relay reads.
 */
abstract class BeneficiaryStoreContract {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");
    static final CustomerId CUST_1 = new CustomerId("cust-1");
    static final Instant T0 = TestOrders.NOW;
    static final Instant LEASE_END = T0.plusSeconds(60);
    static final MethodId UPI = new MethodId("DUMMY_UPI");
    static final WebhookTarget HOOK = new WebhookTarget("https://alpha.example/bene-hooks", "user", "s3cret-pw",
            "{\"X-Env\":\"test\"}");

    /** The ports of one store (or database) under test. */
    protected record Stores(LoadBeneficiaryPort load, SaveBeneficiaryPort save, BeneficiaryValidationWorkPort work,
                            CallbackOutboxPort outbox) {
    }

    private LoadBeneficiaryPort load;
    private SaveBeneficiaryPort save;
    private BeneficiaryValidationWorkPort work;
    private CallbackOutboxPort outbox;

    /** A new empty store in which merchants {@link #ALPHA} and {@link #BETA} may save beneficiaries. */
    protected abstract Stores newStores();

    @BeforeEach
    void openStores() {
        Stores stores = newStores();
        load = stores.load();
        save = stores.save();
        work = stores.work();
        outbox = stores.outbox();
    }

    static SavedBeneficiary beneficiary(MerchantId merchant, CustomerId customer, String beneId,
                                        BeneficiaryAction action, Instant at) {
        return SavedBeneficiary.accept(BeneficiaryUniqueId.random(), merchant, new NewBeneficiary(customer,
                new BeneId(beneId), new UpiBeneficiary("Ravi K", "success@upi", "9876543210"), action, null, null,
                null), at);
    }

    private SavedBeneficiary pending(String beneId, Instant at) {
        SavedBeneficiary b = beneficiary(ALPHA, CUST_1, beneId, BeneficiaryAction.VALIDATE, at);
        assertThat(save.insertBeneficiary(b)).isTrue();
        return b;
    }

    private static NewCallback callbackOf(SavedBeneficiary b) {
        return new NewCallback(new CallbackEvent(EventLabel.VALIDATION_V2, b.status().name(), b.uniqueId().value(),
                b.updatedAt()), HOOK, "{\"uniqueId\":\"" + b.uniqueId() + "\"}");
    }

    private SavedBeneficiary stored(SavedBeneficiary b) {
        return load.findBeneficiary(b.merchantId(), b.customerId(), b.beneId()).orElseThrow();
    }

    @Test
    void aSavedBeneficiaryReadsBackAsSavedWithEveryField() {
        SavedBeneficiary account = SavedBeneficiary.accept(BeneficiaryUniqueId.random(), ALPHA, new NewBeneficiary(
                CUST_1, new BeneId("acct@1"), new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262"),
                BeneficiaryAction.CREATE, "asha@example.com", "+919876543210", HOOK), T0);
        SavedBeneficiary vpa = beneficiary(ALPHA, CUST_1, "vpa-1", BeneficiaryAction.VALIDATE, T0);

        assertThat(save.insertBeneficiary(account)).isTrue();
        assertThat(save.insertBeneficiary(vpa)).isTrue();

        assertThat(stored(account)).isEqualTo(account);
        assertThat(stored(vpa)).isEqualTo(vpa);
    }

    @Test
    void aBeneIdIsSavedOncePerCustomerOfAMerchant() {
        SavedBeneficiary first = pending("bene-1", T0);

        assertThat(save.insertBeneficiary(beneficiary(ALPHA, CUST_1, "bene-1", BeneficiaryAction.CREATE, T0)))
                .isFalse();
        assertThat(stored(first)).isEqualTo(first);
        assertThat(save.insertBeneficiary(beneficiary(ALPHA, new CustomerId("cust-2"), "bene-1",
                BeneficiaryAction.CREATE, T0))).isTrue();
        assertThat(save.insertBeneficiary(beneficiary(BETA, CUST_1, "bene-1", BeneficiaryAction.CREATE, T0)))
                .isTrue();
    }

    @Test
    void concurrentSavesOfOneBeneIdLeaveExactlyOne() throws Exception {
        List<Boolean> inserted = Race.run(4, i -> () -> save.insertBeneficiary(
                beneficiary(ALPHA, CUST_1, "raced", BeneficiaryAction.VALIDATE, T0)));

        assertThat(inserted).containsOnlyOnce(true);
    }

    @Test
    void aBeneficiaryIsFoundOnlyByItsMerchantAndCustomer() {
        SavedBeneficiary b = pending("bene-1", T0);

        assertThat(load.findBeneficiary(BETA, CUST_1, b.beneId())).isEmpty();
        assertThat(load.findBeneficiary(ALPHA, new CustomerId("cust-2"), b.beneId())).isEmpty();
        assertThat(load.findBeneficiary(ALPHA, CUST_1, new BeneId("bene-2"))).isEmpty();
    }

    @Test
    void onlyPendingBeneficiariesAreDueFromTheirCreationEarliestFirstUpToTheLimit() {
        save.insertBeneficiary(beneficiary(ALPHA, CUST_1, "created", BeneficiaryAction.CREATE, T0));
        SavedBeneficiary later = pending("later", T0.plusSeconds(2));
        SavedBeneficiary earlier = pending("earlier", T0.plusSeconds(1));
        pending("not-yet", T0.plusSeconds(30));

        assertThat(work.claimDueValidations("a", T0, LEASE_END, 10)).isEmpty();
        assertThat(work.claimDueValidations("a", T0.plusSeconds(5), LEASE_END, 1)).containsExactly(earlier);
        assertThat(work.claimDueValidations("a", T0.plusSeconds(5), LEASE_END, 10)).containsExactly(later);
    }

    @Test
    void aClaimHoldsItUntilTheLeaseEndsThenAnotherOwnerMayTakeItAndTheFirstCannotSave() {
        SavedBeneficiary b = pending("bene-1", T0);
        assertThat(work.claimDueValidations("a", T0, LEASE_END, 10)).containsExactly(b);

        assertThat(work.claimDueValidations("b", LEASE_END.minusMillis(1), LEASE_END.plusSeconds(60), 10)).isEmpty();
        assertThat(work.claimDueValidations("b", LEASE_END, LEASE_END.plusSeconds(60), 10)).containsExactly(b);

        SavedBeneficiary valid = b.recordValidation(new ValidationResult.Valid("RAVI", UPI), 3, LEASE_END);
        assertThat(work.saveValidationOutcome("a", valid, List.of(callbackOf(valid)))).isFalse();
        assertThat(stored(b).status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(outbox.findByOrder(ALPHA, new OrderId(b.uniqueId().value()))).isEmpty();
        assertThat(work.saveValidationOutcome("b", valid, List.of(callbackOf(valid)))).isTrue();
        assertThat(stored(b)).isEqualTo(valid);
    }

    @Test
    void aRetrySavedByTheOwnerKeepsItsStateAndIsDueAtItsNextAttempt() {
        SavedBeneficiary b = pending("bene-1", T0);
        work.claimDueValidations("a", T0, LEASE_END, 10);
        SavedBeneficiary retry = b.recordValidation(new ValidationResult.Error("timeout", UPI), 3, T0.plusSeconds(1));

        assertThat(work.saveValidationRetry("a", retry, T0.plusSeconds(20))).isTrue();

        assertThat(stored(b)).isEqualTo(retry);
        assertThat(stored(b).attempts()).isEqualTo(1);
        assertThat(work.claimDueValidations("a", T0.plusSeconds(19), LEASE_END, 10)).isEmpty();
        assertThat(work.claimDueValidations("a", T0.plusSeconds(20), LEASE_END, 10)).containsExactly(retry);
        assertThat(work.saveValidationRetry("b", retry, T0.plusSeconds(40))).as("not b's claim").isFalse();
    }

    @Test
    void aFinalStatusIsWrittenWithItsCallbacksWhichTheRelayFindsKeyedByTheUniqueId() {
        SavedBeneficiary b = pending("bene-1", T0);
        work.claimDueValidations("a", T0, LEASE_END, 10);
        SavedBeneficiary invalid = b.recordValidation(new ValidationResult.Invalid("no such VPA", UPI), 3,
                T0.plusSeconds(1));
        NewCallback callback = callbackOf(invalid);

        assertThat(work.saveValidationOutcome("a", invalid, List.of(callback))).isTrue();

        assertThat(stored(b)).isEqualTo(invalid);
        assertThat(work.claimDueValidations("a", T0.plusSeconds(3600), T0.plusSeconds(3660), 10))
                .as("a final status is never due").isEmpty();
        OrderId key = new OrderId(b.uniqueId().value());
        assertThat(outbox.findByOrder(ALPHA, key)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(b.uniqueId() + "-c1");
            assertThat(c.sequence()).isEqualTo(1);
            assertThat(c.event()).isEqualTo(callback.event());
            assertThat(c.status()).isEqualTo(CallbackStatus.PENDING);
        });
        List<PendingCallback> relayed = outbox.claimDue(T0.plusSeconds(1), T0.plusSeconds(61), 10, Set.of());
        assertThat(relayed).containsExactly(new PendingCallback(b.uniqueId() + "-c1", ALPHA, key, 1,
                callback.event(), callback.info(), HOOK, 0, 0));
        assertThat(work.saveValidationOutcome("a", invalid, List.of(callback))).as("already final").isFalse();
        assertThat(outbox.findByOrder(ALPHA, key)).hasSize(1);
        assertThat(outbox.find(BETA, b.uniqueId() + "-c1")).as("another merchant's").isEmpty();
    }

    @Test
    void eachBeneficiarysCallbacksAreNumberedOnTheirOwn() {
        SavedBeneficiary one = pending("bene-1", T0);
        SavedBeneficiary two = pending("bene-2", T0);
        work.claimDueValidations("a", T0, LEASE_END, 10);
        SavedBeneficiary oneValid = one.recordValidation(new ValidationResult.Valid(null, UPI), 3, T0);
        SavedBeneficiary twoError = two.recordValidation(new ValidationResult.Error("down", UPI), 1, T0);

        work.saveValidationOutcome("a", oneValid, List.of(callbackOf(oneValid)));
        work.saveValidationOutcome("a", twoError, List.of(callbackOf(twoError), callbackOf(twoError)));

        assertThat(outbox.findByOrder(ALPHA, new OrderId(one.uniqueId().value())))
                .extracting(c -> c.id()).containsExactly(one.uniqueId() + "-c1");
        assertThat(outbox.findByOrder(ALPHA, new OrderId(two.uniqueId().value())))
                .extracting(c -> c.id()).containsExactly(two.uniqueId() + "-c1", two.uniqueId() + "-c2");
    }

    @Test
    void aFinalStatusWithoutCallbacksIsStillWritten() {
        SavedBeneficiary b = pending("bene-1", T0);
        work.claimDueValidations("a", T0, LEASE_END, 10);
        SavedBeneficiary valid = b.recordValidation(new ValidationResult.Valid("RAVI", UPI), 3, T0);

        assertThat(work.saveValidationOutcome("a", valid, List.of())).isTrue();

        assertThat(stored(b).status()).isEqualTo(BeneficiaryStatus.VALID);
        assertThat(outbox.findByOrder(ALPHA, new OrderId(b.uniqueId().value()))).isEmpty();
    }
}
