package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL on {@code payments}. {@code next_due_at} is when a payment is looked at next and also the end of a claim on it;
 * {@code open} binds {@link PaymentRow#OPEN_STATUSES}, the statuses worth claiming.
 */
@RegisterConstructorMapper(PaymentRow.class)
interface PaymentDao {
    String COLUMNS = "merchant_id, order_id, provider, provider_order_id, amount, status, provider_status, "
            + "charged_amount, link_web, link_mobile, link_iframe, refund_on_failure, expires_at, reason, created_at, "
            + "updated_at";
    String KEY = "merchant_id = :merchantId AND order_id = :orderId";

    @SqlUpdate("INSERT INTO payments (" + COLUMNS + ", next_due_at) VALUES (:merchantId, :orderId, :provider, "
            + ":providerOrderId, :amount, :status, :providerStatus, :chargedAmount, :linkWeb, :linkMobile, "
            + ":linkIframe, :refundOnFailure, :expiresAt, :reason, :createdAt, :updatedAt, :nextDueAt)")
    void insert(@BindMethods PaymentRow row, Instant nextDueAt);

    /** Writes what changes in a payment's life; 0: no such payment. */
    @SqlUpdate("UPDATE payments SET status = :status, provider_status = :providerStatus, "
            + "charged_amount = :chargedAmount, link_web = :linkWeb, link_mobile = :linkMobile, "
            + "link_iframe = :linkIframe, reason = :reason, updated_at = :updatedAt, next_due_at = :nextDueAt "
            + "WHERE " + KEY + " AND status IN ('PENDING_CREATION', 'AWAITING_PAYMENT')")
    /** Only an open payment changes: a final one never does (0: final, or no such payment). */
    int update(@BindMethods PaymentRow row, Instant nextDueAt);

    /**
     * Locks the earliest due open payments, skipping rows other transactions have locked. On H2 the same text locks
     * every row the WHERE matches (see {@link OrderWorkDao#lockDueOrders}): claims stay disjoint, only less parallel.
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE next_due_at <= :now AND status IN (<open>) "
            + "ORDER BY next_due_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<PaymentRow> lockDue(Instant now, int limit, @BindList("open") List<String> open);

    @SqlBatch("UPDATE payments SET next_due_at = :until WHERE " + KEY)
    void lease(@BindMethods List<OrderKey> keys, Instant until);

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE " + KEY)
    Optional<PaymentRow> find(String merchantId, String orderId);

    /** Makes the open payment due at {@code now}, unless it is due earlier already; 0: no such open payment. */
    @SqlUpdate("UPDATE payments SET next_due_at = CASE WHEN next_due_at <= :now THEN next_due_at ELSE :now END "
            + "WHERE provider = :provider AND provider_order_id = :providerOrderId AND status IN (<open>)")
    int hurry(String provider, String providerOrderId, Instant now, @BindList("open") List<String> open);

    /** The order reached a final status: a charged payment's refund check is due (again). */
    @SqlUpdate("UPDATE payments SET refund_check_due = TRUE WHERE " + KEY + " AND status = 'CHARGED'")
    int markRefundCheckDue(@BindMethods OrderKey key);

    /** Marks the refund check done if it was still due; 0: it was not (someone else did it). */
    @SqlUpdate("UPDATE payments SET refund_check_due = FALSE WHERE " + KEY + " AND refund_check_due = TRUE")
    int clearRefundCheck(@BindMethods OrderKey key);

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE refund_check_due = TRUE AND status = 'CHARGED' "
            + "ORDER BY updated_at, merchant_id, order_id LIMIT :limit")
    List<PaymentRow> findRefundCheckDue(int limit);
}
