package io.payout.application.reconcile;

import io.payout.application.reconcile.port.LoadOpenTransactionsPort;
import io.payout.domain.TransactionStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Lists the transactions of a range that have no settled outcome (success, failure, reversal or conflict). */
public class ReconcileService implements ReconcileQuery {
    /** Created or sent without an answer, pending at the gateway, or waiting for an operator. */
    public static final Set<TransactionStatus> UNSETTLED = Collections.unmodifiableSet(EnumSet.of(
            TransactionStatus.CREATED, TransactionStatus.INITIATED, TransactionStatus.PENDING,
            TransactionStatus.MANUAL_REVIEW));

    private final LoadOpenTransactionsPort loadOpenTransactionsPort;

    public ReconcileService(LoadOpenTransactionsPort loadOpenTransactionsPort) {
        this.loadOpenTransactionsPort = loadOpenTransactionsPort;
    }

    @Override
    public ReconcileReport reconcile(ReconcileRequest request) {
        return new ReconcileReport(loadOpenTransactionsPort.loadOpenTransactions(request, UNSETTLED));
    }
}
