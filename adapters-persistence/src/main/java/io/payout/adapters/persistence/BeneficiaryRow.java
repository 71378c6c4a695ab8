package io.payout.adapters.persistence;

import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.BeneficiaryUniqueId;
import io.payout.domain.beneficiary.NewBeneficiary;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.time.Instant;

/**
 * A row of {@code beneficiaries} without its work columns. Public only because JDBI binds the accessors of public
 * types alone; not part of this adapter's API.
 */
public record BeneficiaryRow(String merchantId, String uniqueId, String customerId, String beneId, String action,
                             String payeeType, String payeeDetails, String email, String phone, String webhookUrl,
                             String webhookUsername, String webhookPassword, String webhookCustomHeader,
                             String status, String remark, String nameAtBank, String validatedBy, int attempts,
                             Instant createdAt, Instant updatedAt) {
    static final String COLUMNS = "merchant_id, unique_id, customer_id, bene_id, action, payee_type, payee_details, "
            + "email, phone, webhook_url, webhook_username, webhook_password, webhook_custom_header, status, remark, "
            + "name_at_bank, validated_by, attempts, created_at, updated_at";

    static BeneficiaryRow of(SavedBeneficiary b) {
        NewBeneficiary r = b.request();
        WebhookTarget hook = r.webhook();
        return new BeneficiaryRow(b.merchantId().value(), b.uniqueId().value(), r.customerId().value(),
                r.beneId().value(), r.action().name(), r.payee().type().name(), BeneficiaryJson.write(r.payee()),
                r.email(), r.phone(), hook == null ? null : hook.url(), hook == null ? null : hook.username(),
                hook == null ? null : hook.password(), hook == null ? null : hook.customHeader(), b.status().name(),
                b.remark(), b.nameAtBank(), b.validatedBy() == null ? null : b.validatedBy().value(), b.attempts(),
                b.createdAt(), b.updatedAt());
    }

    SavedBeneficiary toBeneficiary() {
        WebhookTarget hook = webhookUrl == null ? null
                : new WebhookTarget(webhookUrl, webhookUsername, webhookPassword, webhookCustomHeader);
        NewBeneficiary request = new NewBeneficiary(new CustomerId(customerId), new BeneId(beneId),
                BeneficiaryJson.read(payeeType, payeeDetails), BeneficiaryAction.valueOf(action), email, phone, hook);
        return new SavedBeneficiary(new BeneficiaryUniqueId(uniqueId), new MerchantId(merchantId), request,
                BeneficiaryStatus.valueOf(status), remark, nameAtBank,
                validatedBy == null ? null : new MethodId(validatedBy), attempts, createdAt, updatedAt);
    }
}
