package io.payout.application.beneficiary;

import static io.payout.application.beneficiary.Beneficiaries.ACME;
import static io.payout.application.beneficiary.Beneficiaries.CUST_1;
import static io.payout.application.beneficiary.Beneficiaries.VPA;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.beneficiary.port.ValidateBeneficiaryPort;
import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.PendingCallback;
import io.payout.application.fakes.InMemoryBeneficiaryStore;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.MutableClock;
import io.payout.domain.BeneId;
import io.payout.domain.Beneficiary;
import io.payout.domain.Merchant;
import io.payout.domain.MethodId;
import io.payout.domain.OrderId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidateDueBeneficiariesServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final MethodId UPI = new MethodId("DUMMY_UPI");
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final WebhookTarget MERCHANT_HOOK = new WebhookTarget("https://acme.example/hooks", "u", "pw", null);

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryBeneficiaryStore store = new InMemoryBeneficiaryStore();
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final ScriptedValidations gateway = new ScriptedValidations();
    private final SaveBeneficiaryService save = new SaveBeneficiaryService(store, store, () -> { }, clock);

    private ValidateDueBeneficiariesService service(String owner, String gatewayId) {
        return new ValidateDueBeneficiariesService(store, gateway,
                new BeneficiaryCallbackComposer(merchants, b -> "{\"uniqueId\":\"" + b.uniqueId() + "\",\"status\":\""
                        + b.status() + "\"}"),
                new ValidationSettings(owner, 3, new Backoff(FIRST_RETRY, 2, Duration.ofMinutes(5)), 10,
                        Duration.ofMinutes(2), gatewayId), clock);
    }

    private final ValidateDueBeneficiariesService service = service("instance-a", null);

    @BeforeEach
    void merchantWithAWebhook() {
        merchants.insertMerchant(new Merchant(ACME, START), "hash", "whsec_test");
        merchants.saveSubscription(ACME, new WebhookSubscription(MERCHANT_HOOK, Set.of()));
    }

    private SavedBeneficiary pending(String beneId) {
        return save.save(Beneficiaries.validate(beneId, VPA)).beneficiary();
    }

    private SavedBeneficiary stored(String beneId) {
        return store.findBeneficiary(ACME, CUST_1, new BeneId(beneId)).orElseThrow();
    }

    private List<CallbackRecord> callbacksOf(SavedBeneficiary b) {
        return store.outbox().findByOrder(ACME, new OrderId(b.uniqueId().value()));
    }

    @Test
    void aValidAnswerIsRecordedWithItsCallbackToTheMerchantsWebhook() {
        SavedBeneficiary saved = pending("bene-1");
        gateway.answers.add(new ValidationResult.Valid("RAVI KUMAR", UPI));

        assertThat(service.validateDue()).isEqualTo(1);

        SavedBeneficiary valid = stored("bene-1");
        assertThat(valid.status()).isEqualTo(BeneficiaryStatus.VALID);
        assertThat(valid.nameAtBank()).isEqualTo("RAVI KUMAR");
        assertThat(valid.validatedBy()).isEqualTo(UPI);
        assertThat(gateway.asked).containsExactly(VPA);
        List<CallbackRecord> callbacks = callbacksOf(saved);
        assertThat(callbacks).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(saved.uniqueId() + "-c1");
            assertThat(c.event().label()).isEqualTo(EventLabel.VALIDATION_V2);
            assertThat(c.event().value()).isEqualTo("VALID");
            assertThat(c.event().entityId()).isEqualTo(saved.uniqueId().value());
            assertThat(c.url()).isEqualTo(MERCHANT_HOOK.url());
        });
        List<PendingCallback> relayed = store.outbox().claimDue(START.plusSeconds(1), START.plusSeconds(60), 10,
                Set.of());
        assertThat(relayed).singleElement().satisfies(c -> {
            assertThat(c.info()).contains("\"status\":\"VALID\"");
            assertThat(c.target()).isEqualTo(MERCHANT_HOOK);
        });
        assertThat(service.validateDue()).as("nothing left to validate").isZero();
    }

    @Test
    void theBeneficiarysOwnWebhookDetailsGetItsCallback() {
        WebhookTarget own = new WebhookTarget("https://acme.example/bene", null, null, null);
        save.save(Beneficiaries.command(ACME, CUST_1, "bene-1", VPA, BeneficiaryAction.VALIDATE, own));
        gateway.answers.add(new ValidationResult.Invalid("no such VPA", UPI));

        service.validateDue();

        SavedBeneficiary invalid = stored("bene-1");
        assertThat(invalid.status()).isEqualTo(BeneficiaryStatus.INVALID);
        assertThat(invalid.remark()).isEqualTo("no such VPA");
        assertThat(callbacksOf(invalid)).singleElement().satisfies(c -> {
            assertThat(c.url()).isEqualTo(own.url());
            assertThat(c.event().value()).isEqualTo("INVALID");
        });
    }

    @Test
    void errorsAreTriedAgainAfterTheBackoffThenEndInErrorWithACallback() {
        SavedBeneficiary saved = pending("bene-1");
        for (int i = 0; i < 3; i++) {
            gateway.answers.add(new ValidationResult.Error("timeout", UPI));
        }

        service.validateDue();
        assertThat(stored("bene-1").status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(stored("bene-1").attempts()).isEqualTo(1);
        assertThat(callbacksOf(saved)).isEmpty();
        clock.advance(FIRST_RETRY.minusMillis(1));
        assertThat(service.validateDue()).as("not due before the backoff").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(service.validateDue()).isEqualTo(1);
        clock.advance(FIRST_RETRY.multipliedBy(2).minusMillis(1));
        assertThat(service.validateDue()).as("the second wait is twice the first").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(service.validateDue()).isEqualTo(1);

        SavedBeneficiary error = stored("bene-1");
        assertThat(error.status()).isEqualTo(BeneficiaryStatus.ERROR);
        assertThat(error.attempts()).isEqualTo(3);
        assertThat(callbacksOf(saved)).singleElement()
                .satisfies(c -> assertThat(c.event().value()).isEqualTo("ERROR"));
        clock.advance(Duration.ofHours(1));
        assertThat(service.validateDue()).isZero();
        assertThat(gateway.asked).hasSize(3);
    }

    @Test
    void aGatewayThatThrowsCountsAsAnError() {
        pending("bene-1");
        gateway.throwNext = true;

        service.validateDue();

        assertThat(stored("bene-1").status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(stored("bene-1").remark()).contains("IllegalStateException");
    }

    @Test
    void theConfiguredGatewayIsAskedForByName() {
        pending("bene-1");
        gateway.answers.add(new ValidationResult.Valid(null, UPI));

        service("instance-a", "DUMMY").validateDue();

        assertThat(gateway.gatewayIds).containsExactly("DUMMY");
    }

    @Test
    void aClaimLostMeanwhileWritesNothingAndTheNewHolderRecordsItsOwnAnswer() {
        SavedBeneficiary saved = pending("bene-1");
        ValidateDueBeneficiariesService other = service("instance-b", null);
        gateway.onAsk = () -> {
            // instance-a's lease runs out while it waits for the gateway; instance-b claims and validates
            gateway.onAsk = null;
            clock.advance(Duration.ofMinutes(3));
            gateway.answers.addFirst(new ValidationResult.Invalid("closed account", UPI));
            other.validateDue();
        };
        gateway.answers.add(new ValidationResult.Valid("late", UPI));

        service.validateDue();

        SavedBeneficiary stored = stored("bene-1");
        assertThat(stored.status()).isEqualTo(BeneficiaryStatus.INVALID);
        assertThat(callbacksOf(saved)).singleElement()
                .satisfies(c -> assertThat(c.event().value()).isEqualTo("INVALID"));
    }

    @Test
    void withoutAnyWebhookNoCallbackIsWrittenButTheStatusIs() {
        merchants.saveSubscription(ACME, null);
        SavedBeneficiary saved = pending("bene-1");
        gateway.answers.add(new ValidationResult.Valid(null, UPI));

        service.validateDue();

        assertThat(stored("bene-1").status()).isEqualTo(BeneficiaryStatus.VALID);
        assertThat(callbacksOf(saved)).isEmpty();
    }

    @Test
    void aMerchantWhoLeftOutValidationV2GetsNoCallback() {
        merchants.saveSubscription(ACME, new WebhookSubscription(MERCHANT_HOOK, Set.of(EventLabel.ORDER)));
        SavedBeneficiary saved = pending("bene-1");
        gateway.answers.add(new ValidationResult.Valid(null, UPI));

        service.validateDue();

        assertThat(callbacksOf(saved)).isEmpty();
    }

    @Test
    void createdBeneficiariesAreNeverValidated() {
        save.save(Beneficiaries.create("bene-1", VPA));

        assertThat(service.validateDue()).isZero();
        assertThat(gateway.asked).isEmpty();
    }

    /** Answers from a queue, in order; notes what it was asked. */
    private static final class ScriptedValidations implements ValidateBeneficiaryPort {
        final Deque<ValidationResult> answers = new ArrayDeque<>();
        final List<Beneficiary> asked = new ArrayList<>();
        final List<String> gatewayIds = new ArrayList<>();
        Runnable onAsk;
        boolean throwNext;

        @Override
        public ValidationResult validate(Beneficiary payee, String gatewayId) {
            asked.add(payee);
            gatewayIds.add(gatewayId);
            if (onAsk != null) {
                onAsk.run();
            }
            if (throwNext) {
                throwNext = false;
                throw new IllegalStateException("boom");
            }
            return answers.removeFirst();
        }
    }
}
