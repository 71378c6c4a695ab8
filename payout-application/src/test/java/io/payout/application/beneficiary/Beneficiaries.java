package io.payout.application.beneficiary;

import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.Beneficiary;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.NewBeneficiary;

/** Save requests for the beneficiary use-case tests. */
final class Beneficiaries {
    static final MerchantId ACME = new MerchantId("acme");
    static final CustomerId CUST_1 = new CustomerId("cust-1");
    static final Beneficiary VPA = new UpiBeneficiary("Ravi K", "success@upi", null);
    static final Beneficiary ACCOUNT = new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");

    private Beneficiaries() {
    }

    static SaveBeneficiaryCommand validate(String beneId, Beneficiary payee) {
        return command(ACME, CUST_1, beneId, payee, BeneficiaryAction.VALIDATE, null);
    }

    static SaveBeneficiaryCommand create(String beneId, Beneficiary payee) {
        return command(ACME, CUST_1, beneId, payee, BeneficiaryAction.CREATE, null);
    }

    static SaveBeneficiaryCommand command(MerchantId merchant, CustomerId customer, String beneId, Beneficiary payee,
                                          BeneficiaryAction action, WebhookTarget webhook) {
        return new SaveBeneficiaryCommand(merchant, new NewBeneficiary(customer, new BeneId(beneId), payee, action,
                null, null, webhook));
    }
}
