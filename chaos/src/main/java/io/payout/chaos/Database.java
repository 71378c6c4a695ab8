package io.payout.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only queries on the service's database, for waiting and for the final checks. */
final class Database {
    private final String url;

    Database(String jdbcUrl) {
        this.url = jdbcUrl;
    }

    /**
     * Orders of the merchant not yet terminal, callbacks not yet delivered or given up (pending, or queued behind an
     * open one), and orders the engine still has something planned for (a poll, a retry, the watch of a settled
     * transaction).
     */
    long[] unsettled(String merchantId) throws SQLException {
        try (Connection connection = connect()) {
            return new long[] {
                count(connection, "SELECT count(*) FROM orders WHERE merchant_id = ? AND status NOT IN "
                        + "('FULFILLMENTS_SUCCESSFUL','FULFILLMENTS_FAILURE','FULFILLED_PARTIALLY','FULFILLMENTS_CANCELLED')",
                        merchantId),
                count(connection, "SELECT count(*) FROM callbacks WHERE merchant_id = ? "
                        + "AND status IN ('PENDING', 'QUEUED')", merchantId),
                count(connection, "SELECT count(*) FROM orders WHERE merchant_id = ? AND next_due_at IS NOT NULL",
                        merchantId)};
        }
    }

    List<Invariants.Txn> transactions(String merchantId) throws SQLException {
        List<Invariants.Txn> txns = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT transaction_ref, order_id, fulfillment_id, status FROM transactions WHERE merchant_id = ?")) {
            statement.setString(1, merchantId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    txns.add(new Invariants.Txn(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return txns;
    }

    List<Invariants.OutboxCallback> callbacks(String merchantId) throws SQLException {
        List<Invariants.OutboxCallback> callbacks = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT callback_id, order_id, seq, status FROM callbacks WHERE merchant_id = ?")) {
            statement.setString(1, merchantId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    callbacks.add(new Invariants.OutboxCallback(rows.getString(1), rows.getString(2), rows.getLong(3),
                            rows.getString(4)));
                }
            }
        }
        return callbacks;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static long count(Connection connection, String sql, String merchantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, merchantId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
