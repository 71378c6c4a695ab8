package io.payout.app.beneficiary;

import io.payout.app.loop.WakeableLoop;
import io.payout.application.beneficiary.ValidateDueBeneficiariesService;
import java.time.Duration;

/**
 * Validates due beneficiaries every {@code interval}, or at once when a {@code VALIDATE} request wakes it; a full batch
 * runs the next one right after.
 */
public class BeneficiaryValidationLoop extends WakeableLoop {
    private final ValidateDueBeneficiariesService validation;

    public BeneficiaryValidationLoop(ValidateDueBeneficiariesService validation, Duration interval) {
        super("beneficiary-validation", interval);
        this.validation = validation;
    }

    @Override
    protected void round() {
        if (validation.validateDue() >= validation.batchSize()) {
            wake();
        }
    }
}
