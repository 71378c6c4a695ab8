package io.payout.app;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import io.payout.adapters.persistence.DatabaseMigrations;
import io.payout.adapters.persistence.JdbiCallbackOutbox;
import io.payout.adapters.persistence.JdbiCollectionRepository;
import io.payout.adapters.persistence.JdbiMerchantRepository;
import io.payout.adapters.persistence.JdbiOrderRepository;
import io.payout.adapters.persistence.JdbiOrderWorkRepository;
import io.payout.adapters.persistence.JdbiSetup;
import io.payout.app.config.DatabaseSettings;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database, migrated, and the repositories on it: shared by the server and the commands. */
public record Persistence(ManagedDataSource dataSource, JdbiOrderRepository orders, JdbiMerchantRepository merchants,
                          JdbiOrderWorkRepository work, JdbiCallbackOutbox callbacks,
                          JdbiCollectionRepository collections) {
    private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);

    /** Opens a pool on the configured database and brings its schema up to date. */
    public static Persistence open(DatabaseSettings settings, MetricRegistry metrics) {
        ManagedDataSource dataSource = settings.toDataSourceFactory().build(metrics, "database");
        int applied = DatabaseMigrations.migrate(dataSource);
        LOG.info("Database {} ready ({} migrations applied now)", settings.isPostgres() ? "PostgreSQL" : "H2", applied);
        Jdbi jdbi = JdbiSetup.create(dataSource);
        return new Persistence(dataSource, new JdbiOrderRepository(jdbi), new JdbiMerchantRepository(jdbi),
                new JdbiOrderWorkRepository(jdbi), new JdbiCallbackOutbox(jdbi), new JdbiCollectionRepository(jdbi));
    }

    public void close() throws Exception {
        dataSource.stop();
    }
}
