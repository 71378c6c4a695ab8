package io.payout.app.command;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import io.payout.adapters.persistence.JdbiReconcileRepository;
import io.payout.adapters.persistence.JdbiSetup;
import io.payout.app.PayoutConfiguration;
import io.payout.application.reconcile.ReconcileReport;
import io.payout.application.reconcile.ReconcileRequest;
import io.payout.application.reconcile.ReconcileService;
import io.payout.domain.DomainException;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code reconcile --from <instant> --to <instant> [--merchant-id m] config.yml}: prints, tab-separated, every
 * transaction created in the range whose outcome is not settled, for an operator to take to the bank. It only
 * reads: it does not migrate the schema (run {@code db migrate} for that), so it is safe against production.
 */
public class ReconcileCommand extends ConfiguredCommand<PayoutConfiguration> {
    public ReconcileCommand() {
        super("reconcile", "List the transactions of a time range whose outcome is unknown, pending or in review");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        ReconcileArguments.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<PayoutConfiguration> bootstrap, Namespace namespace,
                       PayoutConfiguration configuration) throws Exception {
        ReconcileRequest request = ReconcileArguments.request(namespace);
        ManagedDataSource dataSource = configuration.database().toDataSourceFactory()
                .build(new MetricRegistry(), "reconcile");
        try {
            ReconcileReport report = new ReconcileService(new JdbiReconcileRepository(JdbiSetup.create(dataSource)))
                    .reconcile(request);
            ReconcileTable.print(report, System.out);
        } finally {
            dataSource.stop();
        }
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        if (e instanceof DomainException) {
            cli.getStdErr().println("error: " + e.getMessage());
        } else {
            super.onError(cli, namespace, e);
        }
    }
}
