package io.payout.domain.beneficiary;

import io.payout.domain.DomainException;

/** A move a beneficiary in its status cannot make (e.g. recording a validation of one that is not pending). */
public class BeneficiaryStateException extends DomainException {
    public BeneficiaryStateException(String message) {
        super(message);
    }
}
