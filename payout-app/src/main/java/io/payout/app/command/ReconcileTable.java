package io.payout.app.command;

import io.payout.application.reconcile.OpenTransaction;
import io.payout.application.reconcile.ReconcileReport;
import java.io.PrintStream;
import java.util.List;

/** A reconciliation report as tab-separated lines: a header, one line per transaction, then a summary line. */
final class ReconcileTable {
    static final String HEADER = String.join("\t", "merchant_id", "merchant_order_id", "order_id",
            "fulfillment_id", "transaction_id", "transaction_ref", "method", "amount", "status", "gateway_ref_id",
            "created_at", "updated_at");

    private ReconcileTable() {
    }

    static void print(ReconcileReport report, PrintStream out) {
        out.println(HEADER);
        report.transactions().forEach(t -> out.println(line(t)));
        out.println("total=" + report.total() + " unknown=" + report.unknown() + " pending=" + report.pending()
                + " manual_review=" + report.manualReview());
    }

    /** A missing gateway reference is an empty field; a gateway's tabs or line breaks become spaces. */
    private static String line(OpenTransaction t) {
        String gatewayRefId = t.gatewayRefId() == null ? "" : t.gatewayRefId().replaceAll("[\\t\\r\\n]", " ");
        return String.join("\t", List.of(t.merchantId().value(), t.merchantOrderId().value(), t.orderId().value(),
                t.fulfillmentId().value(), t.transactionId().value(), t.transactionRef().value(), t.method().value(),
                t.amount().toString(), t.status().name(), gatewayRefId, t.createdAt().toString(),
                t.updatedAt().toString()));
    }
}
