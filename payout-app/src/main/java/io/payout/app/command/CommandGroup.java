package io.payout.app.command;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.payout.app.PayoutConfiguration;
import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.domain.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;

/**
 * A command with verbs, each taking the configuration file last: {@code merchants create --merchant-id m1
 * config.yml}. Errors a user can fix are printed as one line, without a stack trace.
 */
abstract class CommandGroup extends ConfiguredCommand<PayoutConfiguration> {
    private static final String VERB = "verb";
    private final Map<String, Subcommand> verbs = new LinkedHashMap<>();

    CommandGroup(String name, String description, List<Subcommand> verbs) {
        super(name, description);
        verbs.forEach(verb -> this.verbs.put(verb.name(), verb));
    }

    @Override
    public void configure(Subparser subparser) {
        Subparsers subparsers = subparser.addSubparsers().dest(VERB);
        for (Subcommand verb : verbs.values()) {
            Subparser parser = subparsers.addParser(verb.name()).help(verb.description())
                    .description(verb.description());
            verb.configure(parser);
            addFileArgument(parser);
        }
    }

    @Override
    protected void run(Bootstrap<PayoutConfiguration> bootstrap, Namespace namespace,
                       PayoutConfiguration configuration) throws Exception {
        verbs.get(namespace.getString(VERB)).run(namespace, configuration, System.out);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        if (e instanceof ConflictException || e instanceof NotFoundException || e instanceof DomainException) {
            cli.getStdErr().println("error: " + e.getMessage());
        } else {
            super.onError(cli, namespace, e);
        }
    }
}
