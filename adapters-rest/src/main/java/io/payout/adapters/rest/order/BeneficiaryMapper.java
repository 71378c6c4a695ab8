package io.payout.adapters.rest.order;

import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.BeneficiaryType;
import io.payout.domain.InvalidInputException;
import io.payout.domain.UpiBeneficiary;

/**
 * {@code beneficiaryDetails {type, details}} to a domain {@link Beneficiary}; types not supported yet are refused. A
 * {@code BENE_ID} ({@code details.id}, optional {@code details.name}) comes out unresolved: the order create resolves
 * it to the saved beneficiary.
 */
public final class BeneficiaryMapper {
    public Beneficiary toBeneficiary(String field, CreateOrderRequest.BeneficiaryDetails request) {
        if (request == null) {
            throw new InvalidInputException(field, "is required");
        }
        BeneficiaryType type = EnumField.parse(field + ".type", request.type(), BeneficiaryType.class);
        if (!type.isSupported()) {
            throw new InvalidInputException(field + ".type",
                    type + " is not supported yet; use ACCOUNT_IFSC, UPI_ID or BENE_ID");
        }
        CreateOrderRequest.Details details = request.details();
        if (details == null) {
            throw new InvalidInputException(field + ".details", "is required");
        }
        return InvalidInputException.at(field + ".details", () -> switch (type) {
            case ACCOUNT_IFSC -> new BankAccountBeneficiary(details.name(), details.account(), details.ifsc());
            case UPI_ID -> new UpiBeneficiary(details.name(), details.vpa(), RequestText.absentIfBlank(details.mobileNo()));
            case BENE_ID -> BeneIdBeneficiary.unresolved(InvalidInputException.at("id", () -> new BeneId(details.id())),
                    RequestText.absentIfBlank(details.name()));
            default -> throw new IllegalStateException("no mapping for supported type " + type);
        });
    }
}
