package io.payout.adapters.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An H2 2.x database in PostgreSQL mode, with the settings the application uses. */
final class H2TestDatabase implements TestDatabase {
    static final String POSTGRES_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final JdbcDataSource dataSource = new JdbcDataSource();

    private H2TestDatabase(String url) {
        dataSource.setURL(url);
        dataSource.setUser("sa");
    }

    /** A new in-memory database with a name of its own. */
    static H2TestDatabase inMemory() {
        return new H2TestDatabase("jdbc:h2:mem:" + UUID.randomUUID() + POSTGRES_MODE + ";DB_CLOSE_DELAY=-1");
    }

    /** A database file in {@code directory}, opened with the URL the application uses for H2. */
    static H2TestDatabase file(Path directory) {
        return new H2TestDatabase("jdbc:h2:file:" + directory.resolve("payout").toAbsolutePath()
                + POSTGRES_MODE + ";AUTO_SERVER=TRUE");
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut H2 down", e);
        }
    }
}
