package io.payout.application.beneficiary;

import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.NewBeneficiary;
import java.util.Objects;

/** A merchant's request to save (and perhaps validate) a beneficiary of one of its customers. */
public record SaveBeneficiaryCommand(MerchantId merchantId, NewBeneficiary beneficiary) {
    public SaveBeneficiaryCommand {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(beneficiary, "beneficiary");
    }
}
