package io.payout.app.command;

import com.codahale.metrics.MetricRegistry;
import io.payout.app.Persistence;
import io.payout.app.PayoutConfiguration;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** A {@code merchants} verb: opens the database, runs, closes it. */
abstract class MerchantVerb implements Subcommand {
    static final String MERCHANT_ID = "merchantId";

    static void addMerchantIdOption(Subparser parser) {
        parser.addArgument("--merchant-id").dest(MERCHANT_ID).required(true).help("the merchant's id");
    }

    static MerchantId merchantId(Namespace namespace) {
        return InvalidInputException.at("--merchant-id", () -> new MerchantId(namespace.getString(MERCHANT_ID)));
    }

    @Override
    public final void run(Namespace namespace, PayoutConfiguration configuration, PrintStream out) throws Exception {
        Persistence persistence = Persistence.open(configuration.database(), new MetricRegistry());
        try {
            run(namespace, configuration, persistence, out);
        } finally {
            persistence.close();
        }
    }

    abstract void run(Namespace namespace, PayoutConfiguration configuration, Persistence persistence,
                      PrintStream out);
}
