package io.payout.adapters.persistence;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.Udfs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A row of {@code fulfillments}; {@code seq} is the fulfillment's position in its order, from 1.
 * Public only because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record FulfillmentRow(String merchantId, String fulfillmentId, String orderId, int seq, BigDecimal amount,
                      String status, String beneficiaryType, String beneficiaryDetails, String preferredMethods,
                      String fulfillmentMethods, String udf1, String udf2, String udf3, String udf4, String udf5,
                      String additionalInfo, Instant createdAt, Instant updatedAt, Instant statusUpdatedAt) {

    static FulfillmentRow of(Order order, int seq, Fulfillment f) {
        Udfs udfs = f.udfs();
        return new FulfillmentRow(order.merchantId().value(), f.id().value(), order.id().value(), seq,
                f.amount().value(), f.status().name(), f.beneficiary().type().name(),
                BeneficiaryJson.write(f.beneficiary()), methodsJson(f.preferredMethods()),
                methodsJson(f.fulfillmentMethods()), udfs.udf1(), udfs.udf2(), udfs.udf3(), udfs.udf4(), udfs.udf5(),
                AdditionalInfoJson.write(f.additionalInfo()), f.createdAt(), f.updatedAt(), f.statusUpdatedAt());
    }

    Fulfillment toFulfillment(List<Transaction> transactions) {
        return new Fulfillment(new FulfillmentId(fulfillmentId), new Money(amount),
                BeneficiaryJson.read(beneficiaryType, beneficiaryDetails), methods(preferredMethods),
                methods(fulfillmentMethods), new Udfs(udf1, udf2, udf3, udf4, udf5),
                AdditionalInfoJson.read(additionalInfo), FulfillmentStatus.valueOf(status),
                createdAt, updatedAt, statusUpdatedAt, transactions);
    }

    private static String methodsJson(List<MethodId> methods) {
        return JsonColumn.write(methods.stream().map(MethodId::value).toList());
    }

    private static List<MethodId> methods(String json) {
        return Arrays.stream(JsonColumn.read(json, String[].class)).map(MethodId::new).toList();
    }
}
