package io.payout.application.reconcile;

import io.payout.domain.TransactionStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The unsettled transactions of a range, in the order the port gives them, with counts by kind of outcome. */
public record ReconcileReport(List<OpenTransaction> transactions) {
    public ReconcileReport {
        transactions = List.copyOf(transactions);
    }

    public int total() {
        return transactions.size();
    }

    /** Not yet sent, or sent without an answer: only the bank knows whether the money moved. */
    public long unknown() {
        return count(EnumSet.of(TransactionStatus.CREATED, TransactionStatus.INITIATED));
    }

    public long pending() {
        return count(EnumSet.of(TransactionStatus.PENDING));
    }

    public long manualReview() {
        return count(EnumSet.of(TransactionStatus.MANUAL_REVIEW));
    }

    private long count(Set<TransactionStatus> statuses) {
        return transactions.stream().filter(t -> statuses.contains(t.status())).count();
    }
}
