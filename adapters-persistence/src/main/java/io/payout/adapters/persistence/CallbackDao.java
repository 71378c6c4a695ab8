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
 * SQL on {@code callbacks} and {@code callback_attempts}. A callback written while the previous one of its order is
 * still open ({@code PENDING} or {@code QUEUED}) is {@code QUEUED}, with no next attempt, until that one is delivered
 * or given up; only {@code PENDING} callbacks are claimed, so an order's callbacks go out one at a time, in sequence
 * (V11). ("value" is quoted: a keyword in H2.)
 */
interface CallbackDao {
    String COLUMNS = "callback_id, merchant_id, order_id, seq, label, \"value\", entity_id, occurred_at, info, url, "
            + "username, password, custom_header, status, attempts, retry_step, next_attempt_at, delivered_at, "
            + "created_at";

    @SqlBatch("INSERT INTO callbacks (" + COLUMNS + ") VALUES (:callbackId, :merchantId, :orderId, :seq, :label, "
            + ":value, :entityId, :occurredAt, :info, :url, :username, :password, :customHeader, :status, :attempts, "
            + ":retryStep, :nextAttemptAt, :deliveredAt, :createdAt)")
    void insertCallbacks(@BindMethods List<CallbackRow> rows);

    /**
     * The status of the order's (or beneficiary's) callback {@code seq}, locked until the transaction ends: a writer
     * reads its new callbacks' predecessor this way, so that a relay finishing that predecessor either sees the new
     * callbacks (and lets the first go) or has finished before the writer reads it.
     */
    @SqlQuery("SELECT status FROM callbacks WHERE merchant_id = :merchantId AND order_id = :orderId AND seq = :seq "
            + "FOR UPDATE")
    Optional<String> lockStatus(String merchantId, String orderId, long seq);

    String DUE = "SELECT " + COLUMNS + " FROM callbacks WHERE status = 'PENDING' AND next_attempt_at <= :now ";
    String EARLIEST_LOCKED = "ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED";

    /**
     * Locks the earliest due callbacks, skipping rows other transactions have locked: a range scan of
     * {@code callbacks_next_attempt_idx} over due callbacks alone, since callbacks waiting for an earlier one of their
     * order are {@code QUEUED} with no next attempt. A claimed callback stays {@code PENDING} while it is leased, so
     * the next callback of its order stays {@code QUEUED} meanwhile. On H2 the same text locks every row the WHERE
     * matches (see {@link OrderWorkDao#lockDueOrders}): claims stay disjoint, only less parallel.
     */
    @SqlQuery(DUE + EARLIEST_LOCKED)
    @RegisterConstructorMapper(CallbackRow.class)
    List<CallbackRow> lockDue(Instant now, int limit);

    /** {@link #lockDue}, leaving alone the callbacks to {@code busyUrls} (which must not be empty). */
    @SqlQuery(DUE + "AND url NOT IN (<busyUrls>) " + EARLIEST_LOCKED)
    @RegisterConstructorMapper(CallbackRow.class)
    List<CallbackRow> lockDueExcept(Instant now, int limit, @BindList("busyUrls") List<String> busyUrls);

    /** Locks the callbacks among {@code ids} that exist, in id order. */
    @SqlQuery("SELECT callback_id FROM callbacks WHERE callback_id IN (<ids>) ORDER BY callback_id FOR UPDATE")
    List<String> lockInIdOrder(@BindList("ids") List<String> ids);

    /**
     * Lets the {@code QUEUED} callbacks among {@code ids} go: {@code PENDING}, due at their event (callbacks in any
     * other state are left alone).
     */
    @SqlUpdate("UPDATE callbacks SET status = 'PENDING', next_attempt_at = occurred_at "
            + "WHERE callback_id IN (<ids>) AND status = 'QUEUED'")
    int letGo(@BindList("ids") List<String> ids);

    /** Moves the next attempt of {@code ids} to {@code until}: also the end of their lease. */
    @SqlUpdate("UPDATE callbacks SET next_attempt_at = :until WHERE callback_id IN (<ids>)")
    void lease(@BindList("ids") List<String> ids, Instant until);

    /** The outcome's state; {@code delivered_at} keeps an earlier delivery when this attempt did not deliver. */
    @SqlBatch("UPDATE callbacks SET attempts = attempts + 1, status = :status, next_attempt_at = :nextAttemptAt, "
            + "retry_step = :retryStep, delivered_at = COALESCE(:deliveredAt, delivered_at) "
            + "WHERE callback_id = :callbackId")
    void updateOutcomes(@BindMethods List<DeliveryOutcomeRow> rows);

    /** Logs each outcome's attempt under the callback's attempt count, so run after {@link #updateOutcomes}. */
    @SqlBatch("INSERT INTO callback_attempts (callback_id, attempt_no, merchant_id, started_at, duration_ms, "
            + "http_status, error) SELECT callback_id, attempts, merchant_id, "
            + "CAST(:startedAt AS TIMESTAMP WITH TIME ZONE), CAST(:durationMs AS BIGINT), "
            + "CAST(:httpStatus AS INTEGER), CAST(:error AS VARCHAR(500)) "
            + "FROM callbacks WHERE callback_id = :callbackId")
    void insertAttempts(@BindMethods List<DeliveryOutcomeRow> rows);

    @SqlUpdate("UPDATE callbacks SET next_attempt_at = :dueAt WHERE callback_id IN (<ids>) AND status = 'PENDING'")
    int release(@BindList("ids") List<String> ids, Instant dueAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM callbacks WHERE merchant_id = :merchantId AND order_id = :orderId "
            + "ORDER BY seq")
    @RegisterConstructorMapper(CallbackRow.class)
    List<CallbackRow> findByOrder(String merchantId, String orderId);

    @SqlQuery("SELECT " + COLUMNS + " FROM callbacks WHERE merchant_id = :merchantId AND callback_id = :callbackId")
    @RegisterConstructorMapper(CallbackRow.class)
    Optional<CallbackRow> find(String merchantId, String callbackId);

    @SqlQuery("SELECT callback_id, attempt_no, started_at, duration_ms, http_status, error FROM callback_attempts "
            + "WHERE merchant_id = :merchantId AND callback_id IN (<ids>) ORDER BY callback_id, attempt_no")
    @RegisterConstructorMapper(CallbackAttemptRow.class)
    List<CallbackAttemptRow> findAttempts(String merchantId, @BindList("ids") List<String> ids);

    /**
     * Due now with {@code retryStep} delays used, on its own (it does not wait for earlier callbacks of its order); a
     * callback still {@code QUEUED} stays in its queue, only its retry step is set.
     */
    @SqlUpdate("UPDATE callbacks SET next_attempt_at = CASE WHEN status = 'QUEUED' THEN NULL ELSE :now END, "
            + "status = CASE WHEN status = 'QUEUED' THEN 'QUEUED' ELSE 'PENDING' END, retry_step = :retryStep "
            + "WHERE merchant_id = :merchantId AND callback_id = :callbackId")
    int redeliver(String merchantId, String callbackId, Instant now, int retryStep);

    @SqlUpdate("UPDATE callbacks SET status = 'PENDING', next_attempt_at = :now, retry_step = :retryStep "
            + "WHERE merchant_id = :merchantId AND status = 'FAILED' AND created_at >= :from AND created_at < :to")
    int redeliverFailed(String merchantId, Instant from, Instant to, Instant now, int retryStep);

    /**
     * The operator's redelivery in the history of every order whose callbacks {@link #redeliverFailed} is about to
     * make due (beneficiaries' callbacks have no order, and no history).
     */
    @SqlUpdate("INSERT INTO operator_actions (merchant_id, order_id, action, target, operator, reason, details, "
            + "occurred_at) SELECT DISTINCT o.merchant_id, o.order_id, :e.action, :e.target, :e.operator, :e.reason, "
            + ":e.details, :e.occurredAt FROM callbacks c JOIN orders o ON o.merchant_id = c.merchant_id "
            + "AND o.order_id = c.order_id WHERE c.merchant_id = :merchantId AND c.status = 'FAILED' "
            + "AND c.created_at >= :from AND c.created_at < :to")
    int auditRedeliveryOfFailed(String merchantId, Instant from, Instant to, @BindMethods("e") OperatorLogRow entry);

    /** The due time of the longest-waiting callback that could be sent now (nobody holds it): the backlog's head. */
    @SqlQuery("SELECT next_attempt_at FROM callbacks WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "ORDER BY next_attempt_at LIMIT 1")
    Optional<Instant> oldestDue(Instant now);

    /** How many callbacks could be sent now (due, nobody holds them), at most {@code cap}. */
    @SqlQuery("SELECT COUNT(*) FROM (SELECT 1 FROM callbacks WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "LIMIT :cap) due")
    long countDue(Instant now, int cap);
}
