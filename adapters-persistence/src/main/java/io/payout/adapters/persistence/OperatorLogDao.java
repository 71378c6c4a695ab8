package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL on {@code operator_log} and {@code routing_pauses}. */
interface OperatorLogDao {
    @SqlUpdate("INSERT INTO operator_log (action, target, merchant_id, operator, reason, details, occurred_at) "
            + "VALUES (:action, :target, :merchantId, :operator, :reason, :details, :occurredAt)")
    void insert(@BindMethods OperatorLogRow row);

    @SqlQuery("SELECT action, target, merchant_id, operator, reason, details, occurred_at FROM operator_log "
            + "WHERE occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at, entry_id LIMIT :limit")
    @RegisterConstructorMapper(OperatorLogRow.class)
    List<OperatorLogRow> find(Instant from, Instant to, int limit);

    /** Inserts the pause unless the name is paused already; @return rows inserted (0 or 1). */
    @SqlUpdate("INSERT INTO routing_pauses (name, paused_by, reason, paused_at) "
            + "SELECT :name, :pausedBy, :reason, :pausedAt WHERE NOT EXISTS "
            + "(SELECT 1 FROM routing_pauses WHERE name = :name)")
    int insertPause(String name, String pausedBy, String reason, Instant pausedAt);

    @SqlUpdate("DELETE FROM routing_pauses WHERE name = :name")
    int deletePause(String name);

    @SqlQuery("SELECT name FROM routing_pauses")
    Set<String> findPausedNames();
}
