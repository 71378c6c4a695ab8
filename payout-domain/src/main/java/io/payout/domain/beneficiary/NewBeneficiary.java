package io.payout.domain.beneficiary;

import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.Beneficiary;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.Text;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a merchant sends to save a beneficiary of one of its customers: the customer, its {@code beneId}, the payee
 * (a bank account or a VPA), whether to validate it, and optional e-mail, phone and callback target (overriding the
 * merchant's configuration for this beneficiary's callbacks). Two requests are the same request when they are equal.
 */
public record NewBeneficiary(CustomerId customerId, BeneId beneId, Beneficiary payee, BeneficiaryAction action,
                             String email, String phone, WebhookTarget webhook) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,255}");

    public NewBeneficiary {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(beneId, "beneId");
        Objects.requireNonNull(action, "action");
        if (!(payee instanceof BankAccountBeneficiary || payee instanceof UpiBeneficiary)) {
            throw new InvalidInputException("beneDetails.type", "must be ACCOUNT_IFSC or UPI_ID");
        }
        if (email != null) {
            InvalidInputException.at("email", () -> Text.matching(email, EMAIL, "an e-mail address"));
        }
        if (phone != null) {
            InvalidInputException.at("phone", () -> Text.matching(phone, PHONE, "6 to 15 digits, optionally after +"));
        }
    }
}
