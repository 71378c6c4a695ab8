package io.payout.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads PostgreSQL's cumulative counters for the bench database (pg_stat_database, pg_stat_user_tables). */
final class DbStats implements AutoCloseable {

    private final Connection connection;

    DbStats(String jdbcUrl, String user) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, "");
        connection.setAutoCommit(true);
    }

    /** Database-wide counters, then per table n_tup_ins/upd/del and scans as "table.counter". */
    Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> s = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery("SELECT xact_commit, xact_rollback, tup_inserted, tup_updated,"
                    + " tup_deleted, tup_fetched, tup_returned, blks_read, blks_hit FROM pg_stat_database"
                    + " WHERE datname = current_database()")) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    s.put(rs.getMetaData().getColumnName(i), rs.getLong(i));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del,"
                    + " coalesce(seq_scan, 0), coalesce(idx_scan, 0) FROM pg_stat_user_tables")) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    s.put(t + ".ins", rs.getLong(2));
                    s.put(t + ".upd", rs.getLong(3));
                    s.put(t + ".hot_upd", rs.getLong(4));
                    s.put(t + ".del", rs.getLong(5));
                    s.put(t + ".seq_scan", rs.getLong(6));
                    s.put(t + ".idx_scan", rs.getLong(7));
                }
            }
        }
        return s;
    }

    /** One sample of what the bench database's backends are doing: "state/wait_event_type:wait_event" → count. */
    Map<String, Integer> activity() throws SQLException {
        Map<String, Integer> m = new TreeMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT coalesce(state, '?') || '/' || coalesce(wait_event_type, 'CPU') || ':'"
                        + " || coalesce(wait_event, '-') FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rs.next()) {
                m.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        return m;
    }

    /** Refreshes the planner's statistics of every table (what autovacuum would do later on its own). */
    void analyze() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ANALYZE");
        }
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
        return d;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
