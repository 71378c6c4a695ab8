package io.payout.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What an operator's retry locks and checks before it writes (see {@link JdbiOperatorActionRepository}). */
interface RetryDao {
    /** The order's version and claim, read without a lock; empty: no such order. */
    @SqlQuery("SELECT version, lease_owner, lease_until FROM orders "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId")
    @RegisterConstructorMapper(OrderClaimRow.class)
    Optional<OrderClaimRow> findClaim(String merchantId, String orderId);

    /** Locks the order's payment's row, if it has one, until the transaction ends. */
    @SqlQuery("SELECT order_id FROM payments WHERE merchant_id = :merchantId AND order_id = :orderId FOR UPDATE")
    Optional<String> lockPayment(String merchantId, String orderId);

    @SqlQuery("SELECT COUNT(*) FROM refunds WHERE merchant_id = :merchantId AND order_id = :orderId")
    int countRefunds(String merchantId, String orderId);
}
