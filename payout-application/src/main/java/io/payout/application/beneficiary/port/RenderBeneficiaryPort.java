package io.payout.application.beneficiary.port;

import io.payout.domain.beneficiary.SavedBeneficiary;

/** Renders a {@code VALIDATION_V2} callback's {@code info}: the beneficiary as its status API shows it (JSON text). */
public interface RenderBeneficiaryPort {
    String render(SavedBeneficiary beneficiary);
}
