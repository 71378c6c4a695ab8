package io.payout.app.command;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import io.payout.adapters.persistence.DatabaseMigrations;
import io.payout.app.PayoutConfiguration;
import java.io.PrintStream;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code db migrate config.yml}: brings the schema up to date (the server also does this when it starts). */
public class DbCommand extends CommandGroup {
    public DbCommand() {
        super("db", "Manage the database schema", List.of(new Migrate()));
    }

    private static final class Migrate implements Subcommand {
        @Override
        public String name() {
            return "migrate";
        }

        @Override
        public String description() {
            return "Apply pending schema migrations";
        }

        @Override
        public void run(Namespace namespace, PayoutConfiguration configuration, PrintStream out) throws Exception {
            ManagedDataSource dataSource = configuration.database().toDataSourceFactory()
                    .build(new MetricRegistry(), "migrations");
            try {
                int applied = DatabaseMigrations.migrate(dataSource);
                out.println("migrations_applied=" + applied);
            } finally {
                dataSource.stop();
            }
        }
    }
}
