package io.payout.application.beneficiary;

import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.SavedBeneficiary;

/** A saved beneficiary as it stands now, by the merchant's customer and {@code beneId}. */
public interface GetBeneficiaryQuery {
    /** @throws io.payout.application.NotFoundException when the merchant's customer has no such beneficiary */
    SavedBeneficiary getBeneficiary(MerchantId merchantId, CustomerId customerId, BeneId beneId);
}
