package io.payout.adapters.persistence;

import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.RetryPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Orders, their fulfillments and transactions in {@code orders}, {@code fulfillments} and {@code transactions}.
 * Instants are kept to the microsecond: finer parts are cut off on writing (see {@link UtcInstants}).
 */
public class JdbiOrderRepository implements LoadOrderPort, SaveOrderPort {
    private final Jdbi jdbi;

    public JdbiOrderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Writes the order (with its retry policy as JSON), its fulfillments and their transactions in one transaction;
     * the order and every fulfillment are due at the order's creation. The unique key on
     * (merchant_id, merchant_order_id) settles races: the loser (on PostgreSQL, after waiting for the winner to
     * commit) breaks the key, and gets false.
     */
    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy) {
        try {
            jdbi.useTransaction(handle -> {
                OrderDao dao = handle.attach(OrderDao.class);
                dao.insertOrder(OrderRow.of(order, requestFingerprint), RetryPolicyJson.write(retryPolicy),
                        order.createdAt());
                List<FulfillmentRow> fulfillments = fulfillmentRows(order);
                if (!fulfillments.isEmpty()) {
                    dao.insertFulfillments(fulfillments, order.createdAt());
                }
                List<TransactionRow> transactions = transactionRows(order);
                if (!transactions.isEmpty()) {
                    dao.insertTransactions(transactions);
                }
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

    @Override
    public Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return jdbi.withExtension(OrderDao.class,
                dao -> dao.findFingerprint(merchantId.value(), merchantOrderId.value()));
    }

    private static List<Fulfillment> fulfillments(OrderDao dao, OrderRow order) {
        Map<String, List<Transaction>> transactions = new HashMap<>();
        for (TransactionRow row : dao.findTransactions(order.merchantId(), order.orderId())) {
            transactions.computeIfAbsent(row.fulfillmentId(), id -> new ArrayList<>()).add(row.toTransaction());
        }
        return dao.findFulfillments(order.merchantId(), order.orderId()).stream()
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
