package io.payout.domain.beneficiary;

import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.DomainException;

/** A {@code beneId} the customer already has, sent again with a different request (Juspay's E05). */
public class DuplicateBeneficiaryException extends DomainException {
    public DuplicateBeneficiaryException(CustomerId customerId, BeneId beneId) {
        super("duplicate beneficiary id: beneId " + beneId + " of customer " + customerId
                + " was already saved with a different request; use a new beneId");
    }
}
