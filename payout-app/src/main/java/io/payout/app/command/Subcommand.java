package io.payout.app.command;

import io.payout.app.PayoutConfiguration;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** One verb of a {@link CommandGroup}: {@code merchants create}, {@code db migrate}. */
interface Subcommand {
    String name();

    String description();

    /** Adds this verb's own options; the configuration file argument is added for every verb. */
    default void configure(Subparser parser) {
    }

    void run(Namespace namespace, PayoutConfiguration configuration, PrintStream out) throws Exception;
}
