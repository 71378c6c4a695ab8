package io.payout.adapters.persistence;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Brings a database's schema up to date with Flyway, from the append-only scripts in {@code db/migration}. The
 * same scripts serve PostgreSQL and H2 2.x in PostgreSQL mode.
 */
public final class DatabaseMigrations {
    private static final String LOCATION = "classpath:db/migration";

    private DatabaseMigrations() {
    }

    /** Applies every pending migration; returns how many were applied (0 if the schema was up to date). */
    public static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    /** Whether every migration of this build has been applied, and none has failed. */
    public static boolean isUpToDate(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        return info.pending().length == 0
                && Arrays.stream(info.all()).noneMatch(migration -> migration.getState().isFailed());
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
    }
}
