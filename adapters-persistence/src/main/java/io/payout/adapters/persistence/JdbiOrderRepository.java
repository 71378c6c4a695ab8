package io.payout.adapters.persistence;

import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPosition;
import io.payout.application.order.port.ListOrdersPort;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.collection.Payment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Orders, their fulfillments and transactions in {@code orders}, {@code fulfillments} and {@code transactions}, and a
 * Pay and Fulfill order's payment in {@code payments} (whose later life {@link JdbiCollectionRepository} writes).
 * Instants are kept to the microsecond: finer parts are cut off on writing (see {@link UtcInstants}).
 */
public class JdbiOrderRepository implements LoadOrderPort, ListOrdersPort, SaveOrderPort {
    private final Jdbi jdbi;
    private final GroupCommit inserts;

    public JdbiOrderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.inserts = new GroupCommit(jdbi, JdbiOrderWorkRepository.SAVE_LANES, JdbiOrderWorkRepository.SAVE_BATCH);
    }

    /** {@link #insertNewOrder(Order, String, RetryPolicy, Payment, Instant)} without a payment. */
    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy) {
        return insertNewOrder(order, requestFingerprint, retryPolicy, null, null);
    }

    /**
     * Writes the order (with its retry policy as JSON), its fulfillments, their transactions and its payment (due at
     * {@code paymentDueAt}) in one transaction. The order and its fulfillments are due at the order's creation when it
     * is {@code READY_FOR_FULFILLMENT}, else not at all (a {@code CREATED} Pay and Fulfill order waits for its
     * payment). The unique key on (merchant_id, merchant_order_id) settles races: the loser (on PostgreSQL, after
     * waiting for the winner to commit) breaks the key, and gets false. Orders created at the same time share one
     * transaction ({@link GroupCommit}, in (merchant, orderId) order); each is committed when this returns, and one
     * that breaks the key fails alone.
     */
    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy, Payment payment,
                                  Instant paymentDueAt) {
        if (payment != null && !PaymentRow.keyOf(payment).equals(OrderKey.of(order))) {
            throw new IllegalArgumentException("payment of order " + payment.orderId() + " with order " + order.id());
        }
        Instant dueAt = order.status() == OrderStatus.READY_FOR_FULFILLMENT ? order.createdAt() : null;
        try {
            inserts.run(order.merchantId().value() + '/' + order.merchantOrderId().value(), handle -> {
                OrderDao dao = handle.attach(OrderDao.class);
                dao.insertOrder(OrderRow.of(order, requestFingerprint), RetryPolicyJson.write(retryPolicy), dueAt);
                List<FulfillmentRow> fulfillments = fulfillmentRows(order);
                if (!fulfillments.isEmpty()) {
                    dao.insertFulfillments(fulfillments, dueAt);
                }
                List<TransactionRow> transactions = transactionRows(order);
                if (!transactions.isEmpty()) {
                    dao.insertTransactions(transactions);
                }
                if (payment != null) {
                    handle.attach(PaymentDao.class).insert(PaymentRow.of(payment), paymentDueAt);
                }
                return 1;
            });
            return true;
        } catch (JdbiException e) {
            if (UniqueViolation.isCauseOf(e)
                    && findCreateFingerprint(order.merchantId(), order.merchantOrderId()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /** Three queries (order, fulfillments, transactions) in one snapshot of the database. */
    @Override
    public Optional<Order> findOrder(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            OrderDao dao = handle.attach(OrderDao.class);
            return dao.findOrder(merchantId.value(), merchantOrderId.value())
                    .map(row -> row.toOrder(fulfillments(dao, row)));
        });
    }

    /**
     * One query for the page (keyset, on {@code orders_listing_idx}), then one for the fulfillments and one for the
     * transactions of all its orders, in one snapshot of the database.
     */
    @Override
    public List<Order> listOrders(MerchantId merchantId, OrderFilter filter, OrderPosition after, int max) {
        OrderListingSql sql = OrderListingSql.of(filter, after);
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            OrderDao dao = handle.attach(OrderDao.class);
            List<OrderRow> rows = dao.listOrders(merchantId.value(), sql.conditions(), sql.values(), max);
            if (rows.isEmpty()) {
                return List.of();
            }
            List<String> orderIds = rows.stream().map(OrderRow::orderId).toList();
            Map<String, List<Fulfillment>> fulfillments = assemble(
                    dao.findFulfillmentsOfOrders(merchantId.value(), orderIds),
                    dao.findTransactionsOfOrders(merchantId.value(), orderIds)).stream()
                    .collect(Collectors.groupingBy(f -> f.id().orderId().value()));
            return rows.stream().map(row -> row.toOrder(fulfillments.getOrDefault(row.orderId(), List.of())))
                    .toList();
        });
    }

    @Override
    public Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return jdbi.withExtension(OrderDao.class,
                dao -> dao.findFingerprint(merchantId.value(), merchantOrderId.value()));
    }

    private static List<Fulfillment> fulfillments(OrderDao dao, OrderRow order) {
        return assemble(dao.findFulfillments(order.merchantId(), order.orderId()),
                dao.findTransactions(order.merchantId(), order.orderId()));
    }

    /** Fulfillments in the order of their rows, each with its transactions in the order of theirs. */
    private static List<Fulfillment> assemble(List<FulfillmentRow> fulfillmentRows,
                                              List<TransactionRow> transactionRows) {
        Map<String, List<Transaction>> transactions = new HashMap<>();
        for (TransactionRow row : transactionRows) {
            transactions.computeIfAbsent(row.fulfillmentId(), id -> new ArrayList<>()).add(row.toTransaction());
        }
        return fulfillmentRows.stream()
                .map(row -> row.toFulfillment(transactions.getOrDefault(row.fulfillmentId(), List.of())))
                .toList();
    }

    private static List<FulfillmentRow> fulfillmentRows(Order order) {
        List<FulfillmentRow> rows = new ArrayList<>();
        for (int i = 0; i < order.fulfillments().size(); i++) {
            rows.add(FulfillmentRow.of(order, i + 1, order.fulfillments().get(i)));
        }
        return rows;
    }

    private static List<TransactionRow> transactionRows(Order order) {
        List<TransactionRow> rows = new ArrayList<>();
        for (Fulfillment fulfillment : order.fulfillments()) {
            for (int i = 0; i < fulfillment.transactions().size(); i++) {
                rows.add(TransactionRow.of(order, fulfillment, i + 1, fulfillment.transactions().get(i)));
            }
        }
        return rows;
    }
}
