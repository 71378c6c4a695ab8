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
    /** This view with another {@code status} (a callback reports its own value, e.g. {@code INITIATED}). */
    public FulfillmentView withStatus(String newStatus) {
        return new FulfillmentView(id, newStatus, amount, preferredMethodList, fulfillmentMethodList,
                beneficiaryDetails, additionalInfo, udf1, udf2, udf3, udf4, udf5, createdAt, updatedAt, statusUpdatedAt,
                transactions);
    }
}
