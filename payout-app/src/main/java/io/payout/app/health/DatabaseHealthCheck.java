package io.payout.app.health;

import com.codahale.metrics.health.HealthCheck;
import io.payout.adapters.persistence.DatabaseMigrations;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

/** Healthy when the database answers within two seconds and its schema is fully migrated. */
public class DatabaseHealthCheck extends HealthCheck {
    private final DataSource dataSource;

    public DatabaseHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected Result check() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("SELECT 1");
        }
        if (!DatabaseMigrations.isUpToDate(dataSource)) {
            return Result.unhealthy("database schema is not fully migrated");
        }
        return Result.healthy();
    }
}
