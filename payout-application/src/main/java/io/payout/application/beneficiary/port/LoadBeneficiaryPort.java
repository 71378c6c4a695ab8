package io.payout.application.beneficiary.port;

import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.util.Optional;

/** Saved beneficiaries, looked up by the merchant's own key: its customer and the {@code beneId}. */
public interface LoadBeneficiaryPort {
    /** Empty when the merchant's customer has no beneficiary with this {@code beneId}. */
    Optional<SavedBeneficiary> findBeneficiary(MerchantId merchantId, CustomerId customerId, BeneId beneId);
}
