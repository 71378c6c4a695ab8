package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The engine's writes of an order's progress, and its status events (callbacks go through {@link CallbackDao}).
 * ("value" is quoted: a keyword in H2.)
 */
interface ProgressDao {
    /**
     * Bumps the version, the event sequence and the callback sequence if the version is still
     * {@code expectedVersion}, returning the new sequences in the same round trip (RETURNING on PostgreSQL, generated
     * keys on H2); empty: the version had moved on.
     */
    @SqlUpdate("UPDATE orders SET status = :status, updated_at = :updatedAt, version = version + 1, "
            + "next_due_at = :nextDueAt, lease_owner = :leaseOwner, lease_until = :leaseUntil, "
            + "event_seq = event_seq + :eventCount, callback_seq = callback_seq + :callbackCount "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId AND version = :expectedVersion")
    @GetGeneratedKeys({"event_seq", "callback_seq"})
    @RegisterConstructorMapper(OrderSequences.class)
    Optional<OrderSequences> updateOrder(String merchantId, String orderId, long expectedVersion, String status,
                                    Instant updatedAt, Instant nextDueAt, String leaseOwner, Instant leaseUntil,
                                    int eventCount, int callbackCount);

    /**
     * Reserves the next {@code count} callback sequence numbers of the order (without touching its version);
     * @return the last one reserved (empty: no such order)
     */
    @SqlUpdate("UPDATE orders SET callback_seq = callback_seq + :count "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId")
    @GetGeneratedKeys("callback_seq")
    Optional<Long> reserveCallbacks(String merchantId, String orderId, int count);

    @SqlBatch("UPDATE fulfillments SET status = :status, fulfillment_methods = :fulfillmentMethods, "
            + "updated_at = :updatedAt, status_updated_at = :statusUpdatedAt, next_due_at = :nextDueAt, "
            + "retry_method = :retryMethod WHERE merchant_id = :merchantId AND fulfillment_id = :fulfillmentId")
    void updateFulfillments(@BindMethods List<FulfillmentProgressRow> rows);

    @SqlBatch("UPDATE transactions SET status = :status, gateway_ref_id = :gatewayRefId, "
            + "response_code = :responseCode, response_message = :responseMessage, "
            + "response_description = :responseDescription, txn_response = :txnResponse, updated_at = :updatedAt "
            + "WHERE merchant_id = :merchantId AND transaction_id = :transactionId")
    void updateTransactions(@BindMethods List<TransactionRow> rows);

    @SqlBatch("INSERT INTO status_events (merchant_id, order_id, seq, label, entity_id, \"value\", occurred_at) "
            + "VALUES (:merchantId, :orderId, :seq, :label, :entityId, :value, :occurredAt)")
    void insertEvents(@BindMethods List<StatusEventRow> rows);

    @SqlQuery("SELECT merchant_id, order_id, seq, label, entity_id, \"value\", occurred_at FROM status_events "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId ORDER BY seq")
    @RegisterConstructorMapper(StatusEventRow.class)
    List<StatusEventRow> findEvents(String merchantId, String orderId);
}
