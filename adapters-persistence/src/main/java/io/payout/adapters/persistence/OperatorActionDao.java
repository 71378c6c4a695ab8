package io.payout.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL on {@code operator_actions}. */
interface OperatorActionDao {
    @SqlUpdate("INSERT INTO operator_actions (merchant_id, order_id, action, target, operator, reason, details, "
            + "occurred_at) VALUES (:merchantId, :orderId, :action, :target, :operator, :reason, :details, "
            + ":occurredAt)")
    void insert(@BindMethods OperatorActionRow row);

    @SqlQuery("SELECT merchant_id, order_id, action, target, operator, reason, details, occurred_at "
            + "FROM operator_actions WHERE merchant_id = :merchantId AND order_id = :orderId "
            + "ORDER BY occurred_at, action_id")
    @RegisterConstructorMapper(OperatorActionRow.class)
    List<OperatorActionRow> findActions(String merchantId, String orderId);

    @SqlQuery("SELECT order_id FROM orders WHERE merchant_id = :merchantId AND merchant_order_id = :merchantOrderId")
    Optional<String> findOrderId(String merchantId, String merchantOrderId);
}
