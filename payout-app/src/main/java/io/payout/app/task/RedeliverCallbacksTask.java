package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.application.callback.RedeliverCallbackService;
import io.payout.application.operator.OperatorNote;
import io.payout.domain.DomainException;
import io.payout.domain.MerchantId;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /tasks/redeliver-callbacks?merchant=m1&from=2024-05-01T00:00:00Z&to=2024-05-02T00:00:00Z&operator=...
 * &reason=...}: one more attempt for every FAILED callback of the merchant created in [from, to), e.g. after its
 * endpoint was down past the retry schedule. Written to the operator log and to the history of every order concerned.
 * Prints how many; bad parameters print an error line and change nothing.
 */
public final class RedeliverCallbacksTask extends Task {
    private static final Logger LOG = LoggerFactory.getLogger(RedeliverCallbacksTask.class);
    private final RedeliverCallbackService redeliver;

    public RedeliverCallbacksTask(RedeliverCallbackService redeliver) {
        super("redeliver-callbacks");
        this.redeliver = redeliver;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        MerchantId merchant;
        Instant from;
        Instant to;
        OperatorNote note;
        try {
            merchant = new MerchantId(TaskParameters.single(parameters, "merchant"));
            from = Instant.parse(TaskParameters.single(parameters, "from"));
            to = Instant.parse(TaskParameters.single(parameters, "to"));
            note = new OperatorNote(TaskParameters.single(parameters, "operator"),
                    TaskParameters.single(parameters, "reason"));
        } catch (IllegalArgumentException | DateTimeParseException | DomainException e) {
            output.println("error: give merchant, from and to (ISO-8601 instants, e.g. 2024-05-01T00:00:00Z), operator "
                    + "and reason: " + e.getMessage() + "; nothing changed");
            return;
        }
        if (!from.isBefore(to)) {
            output.println("error: from must be before to; nothing changed");
            return;
        }
        int count = redeliver.redeliverFailed(merchant, from, to, note);
        LOG.warn("operator task redeliver-callbacks: {} failed callbacks of merchant {} created in [{}, {}) made due "
                + "by {}: {}", count, merchant, from, to, note.operator(), note.reason());
        output.println(count + " failed callbacks of merchant " + merchant + " will be sent again");
    }
}
