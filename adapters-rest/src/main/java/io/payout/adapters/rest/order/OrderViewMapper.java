package io.payout.adapters.rest.order;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Fulfillment;
import io.payout.domain.MethodId;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the response from a domain {@link Order}, in Juspay's shape: UTC timestamps to the second. Payments and
 * refunds are given, as the caller read them ({@link PaymentViewMapper}).
 */
public class OrderViewMapper {
    private final PaymentViewMapper collections = new PaymentViewMapper();

    /** The order with empty {@code payments} and {@code refunds}. */
    public OrderView toView(Order order, boolean withTransactions) {
        return toView(order, withTransactions, List.of(), List.of());
    }

    /** The order with these payments and refunds (each list may be empty). */
    public OrderView toView(Order order, boolean withTransactions, List<Payment> payments, List<Refund> refunds) {
        var customer = order.customer();
        var udfs = order.udfs();
        return new OrderView(order.id().value(), order.merchantOrderId().value(), customer.id().value(),
                customer.phone(), customer.email(), order.type().name(), order.status().name(), order.amount().value(),
                udfs.udf1(), udfs.udf2(), udfs.udf3(), udfs.udf4(), udfs.udf5(),
                order.fulfillments().stream().map(f -> fulfillment(f, withTransactions)).toList(),
                payments.stream().map(collections::toView).toList(), refunds.stream().map(collections::toView).toList(),
                time(order.createdAt()), time(order.updatedAt()));
    }

    /** A fulfillment as the status API shows it without {@code expand}: without its transactions. */
    public FulfillmentView toView(Fulfillment fulfillment) {
        return fulfillment(fulfillment, false);
    }

    /** A transaction (attempt) as the status API shows it under its fulfillment. */
    public TransactionView toView(Transaction transaction) {
        return transaction(transaction);
    }

    private static FulfillmentView fulfillment(Fulfillment f, boolean withTransactions) {
        var udfs = f.udfs();
        return new FulfillmentView(f.id().value(), f.status().name(), f.amount().value(), names(f.preferredMethods()),
                names(f.fulfillmentMethods()), beneficiary(f.beneficiary()), additionalInfo(f.additionalInfo()),
                udfs.udf1(), udfs.udf2(), udfs.udf3(), udfs.udf4(), udfs.udf5(),
                time(f.createdAt()), time(f.updatedAt()), time(f.statusUpdatedAt()),
                withTransactions ? f.transactions().stream().map(OrderViewMapper::transaction).toList() : null);
    }

    /**
     * {@code beneficiaryDetails}: a {@code BENE_ID} one with its {@code id} and the fields of the payee it was resolved
     * to (what the order pays).
     */
    public static BeneficiaryDetailsView beneficiary(Beneficiary beneficiary) {
        String id = beneficiary instanceof BeneIdBeneficiary ref ? ref.id().value() : null;
        Beneficiary payee = beneficiary.payee();
        BeneficiaryDetailsView.Details details;
        if (payee instanceof BankAccountBeneficiary b) {
            details = new BeneficiaryDetailsView.Details(id, b.name(), b.account(), b.ifsc(), null, null);
        } else if (payee instanceof UpiBeneficiary u) {
            details = new BeneficiaryDetailsView.Details(id, u.name(), null, null, u.vpa(), u.mobileNo());
        } else {
            throw new IllegalStateException("no view for beneficiary type " + beneficiary.type());
        }
        return new BeneficiaryDetailsView(beneficiary.type().name(), details);
    }

    private static AdditionalInfoView additionalInfo(AdditionalInfo info) {
        if (info.equals(AdditionalInfo.NONE)) {
            return null;
        }
        WebhookTarget hook = info.webhookDetails();
        var webhook = hook == null ? null
                : new AdditionalInfoView.WebhookDetails(hook.url(), hook.username(), hook.customHeader());
        return new AdditionalInfoView(info.remark(), info.useThisAsTR(), time(info.scheduleTime()),
                info.attemptThreshold(), info.isRetriable(), webhook);
    }

    private static TransactionView transaction(Transaction t) {
        var gateway = t.gatewayResponse();
        return new TransactionView(t.id().value(), t.transactionRef().value(), t.method().value(), t.status().name(),
                t.amount().value(), gateway.gatewayRefId(), gateway.responseCode(), gateway.responseMessage(),
                gateway.responseDescription(), gateway.rawResponse(), time(t.createdAt()), time(t.updatedAt()));
    }

    private static List<String> names(List<MethodId> methods) {
        return methods.stream().map(MethodId::value).toList();
    }

    /** An instant as the API shows it: UTC, to the second. */
    public static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
