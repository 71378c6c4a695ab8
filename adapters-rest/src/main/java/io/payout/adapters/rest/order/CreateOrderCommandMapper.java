package io.payout.adapters.rest.order;

import io.payout.adapters.rest.error.ApiErrorException;
import io.payout.adapters.rest.error.ErrorCode;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.attempt.RetryPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a create-order request and builds the command from domain values, so that each complaint names its
 * field as the merchant wrote it ({@code fulfillments[1].beneficiaryDetails.details.ifsc}), down to the order's
 * {@code retryAttemptPolicy} ({@link RetryPolicyMapper}). The command itself refuses {@code refundOnFailure} on a
 * {@code FULFILL_ONLY} order (naming {@code refundOnFailure}), and the use case a {@code PAY_AND_FULFILL} order when
 * Pay and Fulfill is not enabled (naming {@code type}).
 */
public class CreateOrderCommandMapper {
    private final BeneficiaryMapper beneficiaries = new BeneficiaryMapper();
    private final AdditionalInfoMapper additionalInfos = new AdditionalInfoMapper();
    private final RetryPolicyMapper retryPolicies = new RetryPolicyMapper();

    public CreateOrderCommand toCommand(MerchantId merchantId, CreateOrderRequest request) {
        if (request == null) {
            throw new ApiErrorException(400, ErrorCode.E01, "request body must be a JSON object with the order");
        }
        MerchantOrderId orderId = InvalidInputException.at("orderId", () -> new MerchantOrderId(request.orderId()));
        OrderType type = request.type() == null ? null : EnumField.parse("type", request.type(), OrderType.class);
        var amount = AmountField.money("amount", request.amount());
        Customer customer = new Customer(InvalidInputException.at("customerId", () -> new CustomerId(request.customerId())),
                RequestText.absentIfBlank(request.customerPhone()), RequestText.absentIfBlank(request.customerEmail()));
        Udfs udfs = new Udfs(request.udf1(), request.udf2(), request.udf3(), request.udf4(), request.udf5());
        List<NewFulfillment> fulfillments = fulfillments(request.fulfillments());
        RetryPolicy retryPolicy = retryPolicies.toRetryPolicy(request.retryAttemptPolicy());
        return new CreateOrderCommand(merchantId, orderId, type, amount, customer, udfs, fulfillments, retryPolicy,
                request.refundOnFailure());
    }

    private List<NewFulfillment> fulfillments(List<CreateOrderRequest.Fulfillment> requested) {
        if (requested != null && requested.size() > Order.MAX_FULFILLMENTS) {
            throw new InvalidInputException("fulfillments", "must contain at most " + Order.MAX_FULFILLMENTS + " fulfillments");
        }
        List<NewFulfillment> fulfillments = new ArrayList<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            fulfillments.add(fulfillment("fulfillments[" + i + "]", requested.get(i)));
        }
        return fulfillments;
    }

    private NewFulfillment fulfillment(String field, CreateOrderRequest.Fulfillment request) {
        if (request == null) {
            throw new InvalidInputException(field, "must be an object");
        }
        var amount = AmountField.money(field + ".amount", request.amount());
        var beneficiary = beneficiaries.toBeneficiary(field + ".beneficiaryDetails", request.beneficiaryDetails());
        List<MethodId> methods = methods(field + ".preferredMethodList", request.preferredMethodList());
        Udfs udfs = InvalidInputException.at(field, () -> new Udfs(request.udf1(), request.udf2(), request.udf3(),
                request.udf4(), request.udf5()));
        var additionalInfo = additionalInfos.toAdditionalInfo(field + ".additionalInfo", request.additionalInfo());
        return new NewFulfillment(amount, beneficiary, methods, udfs, additionalInfo);
    }

    private static List<MethodId> methods(String field, List<String> requested) {
        List<MethodId> methods = new ArrayList<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            String method = requested.get(i);
            methods.add(InvalidInputException.at(field + "[" + i + "]", () -> new MethodId(method)));
        }
        return methods;
    }
}
