package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** A fulfillment as Juspay shows it; {@code transactions} only with {@code expand=fulfillment}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FulfillmentView(String id, String status, BigDecimal amount, List<String> preferredMethodList,
                              List<String> fulfillmentMethodList, BeneficiaryDetailsView beneficiaryDetails,
                              AdditionalInfoView additionalInfo, String udf1, String udf2, String udf3, String udf4,
                              String udf5, String createdAt, String updatedAt, String statusUpdatedAt,
                              List<TransactionView> transactions) {
}
