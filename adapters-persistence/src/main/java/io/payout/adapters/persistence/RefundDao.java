package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL on {@code refunds}. {@code next_due_at} is when a refund is looked at next and also the end of a claim on it.
 * An order's refunds come oldest first, {@code -r2} before {@code -r10} when made at the same instant.
 */
@RegisterConstructorMapper(RefundRow.class)
interface RefundDao {
    String COLUMNS = "refund_id, merchant_id, order_id, provider, provider_order_id, amount, status, acknowledged, "
            + "provider_refund_id, reason, created_at, updated_at";
    String OLDEST_FIRST = "created_at, LENGTH(refund_id), refund_id";

    @SqlUpdate("INSERT INTO refunds (" + COLUMNS + ", next_due_at) VALUES (:refundId, :merchantId, :orderId, "
            + ":provider, :providerOrderId, :amount, :status, :acknowledged, :providerRefundId, :reason, :createdAt, "
            + ":updatedAt, :nextDueAt)")
    void insert(@BindMethods RefundRow row, Instant nextDueAt);

    /** Writes what changes in a refund's life; 0: the merchant has no such refund. */
    @SqlUpdate("UPDATE refunds SET status = :status, acknowledged = :acknowledged, "
            + "provider_refund_id = :providerRefundId, reason = :reason, updated_at = :updatedAt, "
            + "next_due_at = :nextDueAt WHERE refund_id = :refundId AND merchant_id = :merchantId "
            + "AND status = 'PENDING'")
    int update(@BindMethods RefundRow row, Instant nextDueAt);

    /** Locks the earliest due pending refunds, skipping rows other transactions have locked (see PaymentDao). */
    @SqlQuery("SELECT " + COLUMNS + " FROM refunds WHERE next_due_at <= :now AND status = 'PENDING' "
            + "ORDER BY next_due_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<RefundRow> lockDue(Instant now, int limit);

    @SqlUpdate("UPDATE refunds SET next_due_at = :until WHERE refund_id IN (<ids>)")
    void lease(@BindList("ids") List<String> ids, Instant until);

    @SqlQuery("SELECT " + COLUMNS + " FROM refunds WHERE merchant_id = :merchantId AND order_id = :orderId "
            + "ORDER BY " + OLDEST_FIRST)
    List<RefundRow> findByOrder(String merchantId, String orderId);

    @SqlQuery("SELECT " + COLUMNS + " FROM refunds WHERE (merchant_id, order_id) IN (<keys>) "
            + "ORDER BY merchant_id, order_id, " + OLDEST_FIRST)
    List<RefundRow> findByOrders(@BindMethodsList(value = "keys", methodNames = {"merchantId", "orderId"})
                                 List<OrderKey> keys);
}
