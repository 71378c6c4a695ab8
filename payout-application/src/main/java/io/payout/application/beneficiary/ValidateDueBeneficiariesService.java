package io.payout.application.beneficiary;

import io.payout.application.beneficiary.port.BeneficiaryValidationWorkPort;
import io.payout.application.beneficiary.port.ValidateBeneficiaryPort;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Validates the {@code PENDING} beneficiaries that are due: claims a batch (with a lease, so that instances share the
 * work and a dead instance's claims come back), asks a gateway about each outside any transaction, then records the
 * answer. {@code VALID} and {@code INVALID} are final; an error is tried again after a backoff, and after
 * {@code maxAttempts} errors the beneficiary is {@code ERROR}. A final status is written together with its
 * {@code VALIDATION_V2} callback, in one transaction. A claim lost meanwhile (its lease ran out and another instance
 * took it) writes nothing: that instance records its own answer.
 */
public class ValidateDueBeneficiariesService {
    private static final Logger LOG = Logger.getLogger(ValidateDueBeneficiariesService.class.getName());
    private final BeneficiaryValidationWorkPort work;
    private final ValidateBeneficiaryPort gateways;
    private final BeneficiaryCallbackComposer callbacks;
    private final ValidationSettings settings;
    private final Clock clock;

    public ValidateDueBeneficiariesService(BeneficiaryValidationWorkPort work, ValidateBeneficiaryPort gateways,
                                           BeneficiaryCallbackComposer callbacks, ValidationSettings settings,
                                           Clock clock) {
        this.work = work;
        this.gateways = gateways;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    /** One batch. @return how many beneficiaries were claimed (a full batch: more may be due) */
    public int validateDue() {
        Instant now = clock.instant();
        List<SavedBeneficiary> claimed = work.claimDueValidations(settings.owner(), now,
                now.plus(settings.lease()), settings.batchSize());
        for (SavedBeneficiary beneficiary : claimed) {
            record(beneficiary, ask(beneficiary));
        }
        return claimed.size();
    }

    public int batchSize() {
        return settings.batchSize();
    }

    private ValidationResult ask(SavedBeneficiary beneficiary) {
        try {
            return gateways.validate(beneficiary.payee(), settings.gatewayId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Validating beneficiary " + beneficiary.uniqueId() + " failed", e);
            return new ValidationResult.Error("validation failed: " + e.getClass().getSimpleName(), null);
        }
    }

    private void record(SavedBeneficiary claimed, ValidationResult result) {
        Instant now = clock.instant();
        SavedBeneficiary after = claimed.recordValidation(result, settings.maxAttempts(), now);
        boolean saved = after.status().isFinal()
                ? work.saveValidationOutcome(settings.owner(), after, callbacks.compose(after))
                : work.saveValidationRetry(settings.owner(), after,
                        now.plus(settings.retryBackoff().delay(after.attempts())));
        if (!saved) {
            LOG.log(Level.INFO, "Beneficiary {0}: the claim was lost before the answer was written; its new holder "
                    + "validates it", claimed.uniqueId());
        } else if (after.status().isFinal()) {
            LOG.log(Level.INFO, "Beneficiary {0} of merchant {1} is {2} (via {3}, attempt {4})", new Object[] {
                    after.uniqueId(), after.merchantId(), after.status(), after.validatedBy(), after.attempts()});
        } else {
            LOG.log(Level.INFO, "Beneficiary {0} of merchant {1}: validation attempt {2} got no answer ({3}); "
                    + "trying again", new Object[] {after.uniqueId(), after.merchantId(), after.attempts(),
                    ((ValidationResult.Error) result).reason()});
        }
    }
}
