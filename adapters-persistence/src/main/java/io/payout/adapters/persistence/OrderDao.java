package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL on {@code orders}, {@code fulfillments} and {@code transactions}. */
interface OrderDao {
    String ORDER_COLUMNS = "merchant_id, order_id, merchant_order_id, order_type, status, amount, customer_id, "
            + "customer_phone, customer_email, udf1, udf2, udf3, udf4, udf5, request_fingerprint, created_at, updated_at";
    String FULFILLMENT_COLUMNS = "merchant_id, fulfillment_id, order_id, seq, amount, status, beneficiary_type, "
            + "beneficiary_details, preferred_methods, fulfillment_methods, udf1, udf2, udf3, udf4, udf5, "
            + "additional_info, created_at, updated_at, status_updated_at";
    String TRANSACTION_COLUMNS = "merchant_id, transaction_id, fulfillment_id, order_id, seq, transaction_ref, "
            + "method, status, amount, gateway_ref_id, response_code, response_message, response_description, "
            + "txn_response, created_at, updated_at";

    /** The order is due at {@code dueAt}; {@code retryPolicy} is JSON, or null. */
    @SqlUpdate("INSERT INTO orders (" + ORDER_COLUMNS + ", retry_policy, next_due_at) VALUES (:merchantId, :orderId, "
            + ":merchantOrderId, :orderType, :status, :amount, :customerId, :customerPhone, :customerEmail, :udf1, "
            + ":udf2, :udf3, :udf4, :udf5, :requestFingerprint, :createdAt, :updatedAt, :retryPolicy, :dueAt)")
    void insertOrder(@BindMethods OrderRow row, String retryPolicy, Instant dueAt);

    /** Every fulfillment is due at {@code dueAt}. */
    @SqlBatch("INSERT INTO fulfillments (" + FULFILLMENT_COLUMNS + ", next_due_at) VALUES (:merchantId, "
            + ":fulfillmentId, :orderId, :seq, :amount, :status, :beneficiaryType, :beneficiaryDetails, "
            + ":preferredMethods, :fulfillmentMethods, :udf1, :udf2, :udf3, :udf4, :udf5, :additionalInfo, :createdAt, "
            + ":updatedAt, :statusUpdatedAt, :dueAt)")
    void insertFulfillments(@BindMethods List<FulfillmentRow> rows, Instant dueAt);

    @SqlBatch("INSERT INTO transactions (" + TRANSACTION_COLUMNS + ") VALUES (:merchantId, :transactionId, "
            + ":fulfillmentId, :orderId, :seq, :transactionRef, :method, :status, :amount, :gatewayRefId, "
            + ":responseCode, :responseMessage, :responseDescription, :txnResponse, :createdAt, :updatedAt)")
    void insertTransactions(@BindMethods List<TransactionRow> rows);

    @SqlQuery("SELECT " + ORDER_COLUMNS + " FROM orders "
            + "WHERE merchant_id = :merchantId AND merchant_order_id = :merchantOrderId")
    @RegisterConstructorMapper(OrderRow.class)
    Optional<OrderRow> findOrder(String merchantId, String merchantOrderId);

    @SqlQuery("SELECT " + FULFILLMENT_COLUMNS + " FROM fulfillments "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId ORDER BY seq")
    @RegisterConstructorMapper(FulfillmentRow.class)
    List<FulfillmentRow> findFulfillments(String merchantId, String orderId);

    @SqlQuery("SELECT " + TRANSACTION_COLUMNS + " FROM transactions "
            + "WHERE merchant_id = :merchantId AND order_id = :orderId ORDER BY fulfillment_id, seq")
    @RegisterConstructorMapper(TransactionRow.class)
    List<TransactionRow> findTransactions(String merchantId, String orderId);

    /**
     * At most {@code max} of the merchant's orders, newest first (ties: larger order id first), narrowed by
     * {@code conditions}: SQL fragments of {@link OrderListingSql}, each starting with AND, whose values are bound
     * from {@code values}. Served by {@code orders_listing_idx}.
     */
    @SqlQuery("SELECT " + ORDER_COLUMNS + " FROM orders WHERE merchant_id = :merchantId<conditions> "
            + "ORDER BY created_at DESC, order_id DESC LIMIT :max")
    @RegisterConstructorMapper(OrderRow.class)
    List<OrderRow> listOrders(String merchantId, @Define("conditions") String conditions,
                              @BindMap Map<String, Object> values, int max);

    /** The fulfillments of several orders of the merchant, by order then position. */
    @SqlQuery("SELECT " + FULFILLMENT_COLUMNS + " FROM fulfillments "
            + "WHERE merchant_id = :merchantId AND order_id IN (<orderIds>) ORDER BY order_id, seq")
    @RegisterConstructorMapper(FulfillmentRow.class)
    List<FulfillmentRow> findFulfillmentsOfOrders(String merchantId, @BindList("orderIds") List<String> orderIds);

    /** The transactions of several orders of the merchant, by fulfillment then attempt. */
    @SqlQuery("SELECT " + TRANSACTION_COLUMNS + " FROM transactions "
            + "WHERE merchant_id = :merchantId AND order_id IN (<orderIds>) ORDER BY fulfillment_id, seq")
    @RegisterConstructorMapper(TransactionRow.class)
    List<TransactionRow> findTransactionsOfOrders(String merchantId, @BindList("orderIds") List<String> orderIds);

    @SqlQuery("SELECT request_fingerprint FROM orders "
            + "WHERE merchant_id = :merchantId AND merchant_order_id = :merchantOrderId")
    Optional<String> findFingerprint(String merchantId, String merchantOrderId);
}
