package io.payout.application.beneficiary;

import io.payout.application.NotFoundException;
import io.payout.application.beneficiary.port.LoadBeneficiaryPort;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.SavedBeneficiary;

/** Reads a beneficiary for its merchant; another merchant's (or customer's) is as absent as one never saved. */
public class GetBeneficiaryService implements GetBeneficiaryQuery {
    private final LoadBeneficiaryPort load;

    public GetBeneficiaryService(LoadBeneficiaryPort load) {
        this.load = load;
    }

    @Override
    public SavedBeneficiary getBeneficiary(MerchantId merchantId, CustomerId customerId, BeneId beneId) {
        return load.findBeneficiary(merchantId, customerId, beneId).orElseThrow(() -> new NotFoundException(
                "no beneficiary with beneId " + beneId + " for customer " + customerId));
    }
}
