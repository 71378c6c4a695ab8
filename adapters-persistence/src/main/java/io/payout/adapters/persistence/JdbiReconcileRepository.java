package io.payout.adapters.persistence;

import io.payout.application.reconcile.OpenTransaction;
import io.payout.application.reconcile.ReconcileRequest;
import io.payout.application.reconcile.port.LoadOpenTransactionsPort;
import io.payout.domain.MerchantId;
import io.payout.domain.TransactionStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Transactions joined to their orders, read for reconciliation; never written here. */
public class JdbiReconcileRepository implements LoadOpenTransactionsPort {
    private static final Comparator<OpenTransaction> CREATED_THEN_ID = Comparator
            .comparing(OpenTransaction::createdAt).thenComparing(t -> t.transactionId().value());

    private final Jdbi jdbi;

    public JdbiReconcileRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Sorted here rather than in SQL, so that the order is Java's string order whatever the database's collation. */
    @Override
    public List<OpenTransaction> loadOpenTransactions(ReconcileRequest request, Set<TransactionStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String merchantId = request.merchant().map(MerchantId::value).orElse(null);
        List<String> names = statuses.stream().map(Enum::name).sorted().toList();
        return jdbi.withExtension(ReconcileDao.class,
                        dao -> dao.openTransactions(request.from(), request.to(), merchantId, names)).stream()
                .map(OpenTransactionRow::toOpenTransaction)
                .sorted(CREATED_THEN_ID)
                .toList();
    }
}
