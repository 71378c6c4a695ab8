package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** SQL on {@code transactions} with their {@code orders}, for reconciliation. */
interface ReconcileDao {
    /** A null {@code merchantId} selects every merchant (cast, so that PostgreSQL knows the type of a null). */
    @SqlQuery("SELECT t.merchant_id, o.merchant_order_id, t.order_id, t.fulfillment_id, t.transaction_id, "
            + "t.transaction_ref, t.method, t.amount, t.status, t.gateway_ref_id, t.created_at, t.updated_at "
            + "FROM transactions t JOIN orders o ON o.merchant_id = t.merchant_id AND o.order_id = t.order_id "
            + "WHERE t.created_at >= :from AND t.created_at < :to AND t.status IN (<statuses>) "
            + "AND (CAST(:merchantId AS VARCHAR(64)) IS NULL OR t.merchant_id = :merchantId)")
    @RegisterConstructorMapper(OpenTransactionRow.class)
    List<OpenTransactionRow> openTransactions(Instant from, Instant to, String merchantId,
                                              @BindList("statuses") List<String> statuses);
}
