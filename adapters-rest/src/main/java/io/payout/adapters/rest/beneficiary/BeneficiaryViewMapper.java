package io.payout.adapters.rest.beneficiary;

import io.payout.adapters.rest.order.AdditionalInfoView;
import io.payout.adapters.rest.order.OrderViewMapper;
import io.payout.domain.WebhookTarget;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.NewBeneficiary;
import io.payout.domain.beneficiary.SavedBeneficiary;

/** Builds the view of a saved beneficiary: UTC timestamps to the second, as the order API writes them. */
public class BeneficiaryViewMapper {
    public BeneficiaryView toView(SavedBeneficiary b) {
        NewBeneficiary request = b.request();
        return new BeneficiaryView(b.uniqueId().value(), b.beneId().value(), b.customerId().value(),
                b.status().name(), b.remark(), b.nameAtBank(),
                b.validatedBy() == null ? null : b.validatedBy().value(), OrderViewMapper.beneficiary(b.payee()),
                request.action().name(), validateResp(b), request.email(), request.phone(),
                additionalInfo(request.webhook()), OrderViewMapper.time(b.createdAt()),
                OrderViewMapper.time(b.updatedAt()));
    }

    private static BeneficiaryView.ValidateResp validateResp(SavedBeneficiary b) {
        return switch (b.status()) {
            case VALID -> new BeneficiaryView.ValidateResp(BeneficiaryStatus.VALID.name(), b.remark(), "ACTIVE",
                    new BeneficiaryView.Data(b.nameAtBank()));
            case INVALID -> new BeneficiaryView.ValidateResp(BeneficiaryStatus.INVALID.name(), b.remark(), "INVALID",
                    null);
            case ERROR -> new BeneficiaryView.ValidateResp(BeneficiaryStatus.ERROR.name(), b.remark(), "UNKNOWN",
                    null);
            case CREATED, PENDING -> null;
        };
    }

    private static AdditionalInfoView additionalInfo(WebhookTarget hook) {
        return hook == null ? null : new AdditionalInfoView(null, null, null, null, null,
                new AdditionalInfoView.WebhookDetails(hook.url(), hook.username(), hook.customHeader()));
    }
}
