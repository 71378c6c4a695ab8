package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The engine's claims on {@code orders}, and loading orders with their work for a batch of keys: one query per table
 * for the whole batch, the keys in a row-value IN list.
 */
interface OrderWorkDao {
    String KEYS = "(merchant_id, order_id) IN (<keys>)";

    /**
     * Locks the oldest due orders nobody holds, skipping rows other transactions have locked. H2 accepts the same
     * text, but locks every row the WHERE matches (it sorts them all before the LIMIT), so there a concurrent claim
     * finds nothing until this transaction ends instead of the next orders: disjoint still, only less parallel.
     */
    @SqlQuery("SELECT merchant_id, order_id FROM orders "
            + "WHERE next_due_at <= :now AND (lease_until IS NULL OR lease_until <= :now) "
            + "ORDER BY next_due_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    @RegisterConstructorMapper(OrderKey.class)
    List<OrderKey> lockDueOrders(Instant now, int limit);

    @SqlBatch("UPDATE orders SET lease_owner = :owner, lease_until = :until, version = version + 1 "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId")
    void lease(@BindMethods List<OrderKey> keys, String owner, Instant until);

    String STILL_CHANGING = " FROM transactions WHERE transaction_ref IN (<refs>) "
            + "AND status IN ('CREATED', 'INITIATED', 'PENDING', 'MANUAL_REVIEW', 'SUCCESS')";

    /** Makes due now the fulfillments of these transactions, while their outcome may still change. */
    @org.jdbi.v3.sqlobject.statement.SqlUpdate("UPDATE fulfillments SET next_due_at = :now "
            + "WHERE (merchant_id, fulfillment_id) IN (" + "SELECT merchant_id, fulfillment_id" + STILL_CHANGING + ") "
            + "AND (next_due_at IS NULL OR next_due_at > :now)")
    int hurryFulfillments(@org.jdbi.v3.sqlobject.customizer.BindList("refs") List<String> refs, Instant now);

    /** Makes due now the orders of these transactions, while their outcome may still change. */
    @org.jdbi.v3.sqlobject.statement.SqlUpdate("UPDATE orders SET next_due_at = :now "
            + "WHERE (merchant_id, order_id) IN (" + "SELECT merchant_id, order_id" + STILL_CHANGING + ") "
            + "AND (next_due_at IS NULL OR next_due_at > :now)")
    int hurryOrders(@org.jdbi.v3.sqlobject.customizer.BindList("refs") List<String> refs, Instant now);

    /** Ends claims whose lease ran out (their holder died or stalled); the version moves on, so it writes nothing. */
    @org.jdbi.v3.sqlobject.statement.SqlUpdate("UPDATE orders SET lease_owner = NULL, lease_until = NULL, version = version + 1 "
            + "WHERE lease_owner IS NOT NULL AND lease_until <= :now")
    int releaseExpiredLeases(Instant now);

    @SqlQuery("SELECT merchant_id, order_id FROM fulfillments "
            + "WHERE merchant_id = :merchantId AND fulfillment_id = :fulfillmentId")
    @RegisterConstructorMapper(OrderKey.class)
    Optional<OrderKey> findKeyOfFulfillment(String merchantId, String fulfillmentId);

    @SqlQuery("SELECT " + OrderDao.ORDER_COLUMNS + ", version, retry_policy FROM orders WHERE " + KEYS)
    @RegisterConstructorMapper(OrderWorkRow.class)
    List<OrderWorkRow> findOrders(@BindMethodsList(value = "keys", methodNames = {"merchantId", "orderId"})
                                  List<OrderKey> keys);

    @SqlQuery("SELECT " + OrderDao.FULFILLMENT_COLUMNS + ", next_due_at, retry_method FROM fulfillments WHERE " + KEYS
            + " ORDER BY merchant_id, order_id, seq")
    @RegisterConstructorMapper(FulfillmentWorkRow.class)
    List<FulfillmentWorkRow> findFulfillments(@BindMethodsList(value = "keys", methodNames = {"merchantId", "orderId"})
                                              List<OrderKey> keys);

    @SqlQuery("SELECT " + OrderDao.TRANSACTION_COLUMNS + " FROM transactions WHERE " + KEYS
            + " ORDER BY merchant_id, fulfillment_id, seq")
    @RegisterConstructorMapper(TransactionRow.class)
    List<TransactionRow> findTransactions(@BindMethodsList(value = "keys", methodNames = {"merchantId", "orderId"})
                                          List<OrderKey> keys);

    /**
     * The due time of the longest-waiting order nobody holds (the work backlog's head), if any is due: a walk of
     * {@code orders_next_due_idx} from its smallest due time that passes over only the due orders held by a live claim
     * (at most the engines' workers); orders with nothing to do (NULL) are not in the range.
     */
    String OLDEST_DUE = "SELECT next_due_at FROM orders WHERE next_due_at <= :now "
            + "AND (lease_until IS NULL OR lease_until <= :now) ORDER BY next_due_at LIMIT 1";

    @SqlQuery(OLDEST_DUE)
    Optional<Instant> oldestDue(Instant now);

    /** How many orders are due and held by nobody (the work backlog), counting at most {@code cap}. */
    @SqlQuery("SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE next_due_at <= :now "
            + "AND (lease_until IS NULL OR lease_until <= :now) LIMIT :cap) due")
    long countDue(Instant now, int cap);
}
