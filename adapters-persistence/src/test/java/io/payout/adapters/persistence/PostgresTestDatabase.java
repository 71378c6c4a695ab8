package io.payout.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema of its own in the PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres},
 * no password), dropped on {@link #close()}. When PostgreSQL cannot be reached, the calling test is skipped with
 * a message saying so; but when the environment variable {@code CI} is {@code true}, it fails instead.
 */
public final class PostgresTestDatabase implements TestDatabase {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";

    private final String schema;
    private final PGSimpleDataSource dataSource;

    private PostgresTestDatabase(String schema) {
        this.schema = schema;
        this.dataSource = dataSource(URL + "?currentSchema=" + schema);
    }

    public static PostgresTestDatabase freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute(dataSource(URL), "CREATE SCHEMA " + schema);
        return new PostgresTestDatabase(schema);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL of this schema, for code that opens its own pool (the application under test). */
    public String url() {
        return URL + "?currentSchema=" + schema;
    }

    public static String user() {
        return USER;
    }

    @Override
    public void close() {
        execute(dataSource, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(USER);
        ds.setConnectTimeout(5);
        return ds;
    }

    private static void execute(DataSource ds, String sql) {
        Connection connection;
        try {
            connection = ds.getConnection();
        } catch (SQLException e) {
            unreachable(e);
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused " + sql, e);
        }
    }

    private static void unreachable(SQLException e) {
        String message = "PostgreSQL at " + URL + " (user " + USER + ") is unreachable: " + e.getMessage();
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + " [CI=true, so the PostgreSQL tests fail rather than skip]", e);
        }
        Assumptions.abort(message + " [skipping the PostgreSQL tests; with CI=true they would fail]");
    }
}
