package io.payout.application.beneficiary.port;

import io.payout.domain.beneficiary.SavedBeneficiary;

/** Writes a newly saved beneficiary. */
public interface SaveBeneficiaryPort {
    /**
     * Inserts {@code beneficiary} in one transaction; a {@code PENDING} one is due for validation at its
     * {@code createdAt}. @return false, writing nothing, when the merchant's customer already has its {@code beneId}
     * (a concurrent save won)
     */
    boolean insertBeneficiary(SavedBeneficiary beneficiary);
}
