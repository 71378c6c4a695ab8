package io.payout.application.reconcile.port;

import io.payout.application.reconcile.OpenTransaction;
import io.payout.application.reconcile.ReconcileRequest;
import io.payout.domain.TransactionStatus;
import java.util.List;
import java.util.Set;

/** Reads transactions, with their order's ids, for reconciliation with the banks. */
public interface LoadOpenTransactionsPort {
    /**
     * The transactions in any of {@code statuses} created in the request's range ({@code from} included, {@code to}
     * excluded) of its merchant (every merchant when it names none), ordered by {@code createdAt} and then by
     * transaction id (Java's string order, whatever the database's collation).
     */
    List<OpenTransaction> loadOpenTransactions(ReconcileRequest request, Set<TransactionStatus> statuses);
}
