package io.payout.application.beneficiary;

import io.payout.domain.beneficiary.SavedBeneficiary;

/** The beneficiary as stored now, and whether this request saved it or repeated an earlier one. */
public record SaveBeneficiaryResult(SavedBeneficiary beneficiary, boolean created) {
}
