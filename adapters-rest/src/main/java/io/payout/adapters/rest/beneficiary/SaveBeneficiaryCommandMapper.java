package io.payout.adapters.rest.beneficiary;

import io.payout.adapters.rest.error.ApiErrorException;
import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.order.BeneficiaryMapper;
import io.payout.adapters.rest.order.CreateOrderRequest;
import io.payout.adapters.rest.order.CustomHeaderField;
import io.payout.adapters.rest.order.EnumField;
import io.payout.adapters.rest.order.RequestText;
import io.payout.application.beneficiary.SaveBeneficiaryCommand;
import io.payout.domain.BeneId;
import io.payout.domain.Beneficiary;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.NewBeneficiary;

/**
 * Walks a beneficiary body and builds the command from domain values, each complaint naming its field as the merchant
 * wrote it ({@code beneDetails.details.ifsc}, {@code additionalInfo.webhookDetails.url}). {@code beneDetails.type} is
 * {@code ACCOUNT_IFSC} or {@code UPI_ID}; {@code command} is {@code CREATE} or {@code VALIDATE}.
 */
public class SaveBeneficiaryCommandMapper {
    /** The payee types a beneficiary may have, as {@code beneDetails.type}. */
    private enum PayeeType { ACCOUNT_IFSC, UPI_ID }

    private final BeneficiaryMapper payees = new BeneficiaryMapper();

    public SaveBeneficiaryCommand toCommand(MerchantId merchantId, SaveBeneficiaryRequest request) {
        if (request == null) {
            throw new ApiErrorException(400, ErrorCode.E01, "request body must be a JSON object with the beneficiary");
        }
        BeneId beneId = InvalidInputException.at("beneId", () -> new BeneId(request.beneId()));
        CustomerId customerId = InvalidInputException.at("customerId", () -> new CustomerId(request.customerId()));
        Beneficiary payee = payee(request.beneDetails());
        BeneficiaryAction action = EnumField.parse("command", request.command(), BeneficiaryAction.class);
        WebhookTarget webhook = webhook(request.additionalInfo());
        return new SaveBeneficiaryCommand(merchantId, new NewBeneficiary(customerId, beneId, payee, action,
                RequestText.absentIfBlank(request.email()), RequestText.absentIfBlank(request.phone()), webhook));
    }

    private Beneficiary payee(CreateOrderRequest.BeneficiaryDetails details) {
        if (details != null) {
            EnumField.parse("beneDetails.type", details.type(), PayeeType.class);
        }
        return payees.toBeneficiary("beneDetails", details);
    }

    private static WebhookTarget webhook(SaveBeneficiaryRequest.AdditionalInfo info) {
        if (info == null || info.webhookDetails() == null) {
            return null;
        }
        String field = "additionalInfo.webhookDetails";
        CreateOrderRequest.WebhookDetails hook = info.webhookDetails();
        String customHeader = CustomHeaderField.text(field + ".customHeader", hook.customHeader());
        return InvalidInputException.at(field,
                () -> new WebhookTarget(hook.url(), hook.username(), hook.password(), customHeader));
    }
}
