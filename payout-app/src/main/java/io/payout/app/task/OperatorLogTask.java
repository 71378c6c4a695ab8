package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.port.LoadOperatorLogPort;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/operator-log?from=2024-05-01T00:00:00Z&to=2024-05-02T00:00:00Z}: the operators' actions that
 * are not about one order (pauses, resumes, redeliveries) in [from, to), oldest first, one line each
 * ({@code <instant> <action> <target> [merchant=...] by <operator>: <reason> (<details>)}), at most 1,000.
 */
public final class OperatorLogTask extends Task {
    static final int LIMIT = 1_000;
    private final LoadOperatorLogPort log;

    public OperatorLogTask(LoadOperatorLogPort log) {
        super("operator-log");
        this.log = log;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        Instant from;
        Instant to;
        try {
            from = Instant.parse(TaskParameters.single(parameters, "from"));
            to = Instant.parse(TaskParameters.single(parameters, "to"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            output.println("error: give from and to (ISO-8601 instants, e.g. 2024-05-01T00:00:00Z): " + e.getMessage());
            return;
        }
        List<OperatorLogEntry> entries = log.loadLog(from, to, LIMIT + 1);
        entries.stream().limit(LIMIT).forEach(e -> output.println(e.at() + " " + e.action() + " " + e.target()
                + (e.merchantId() == null ? "" : " merchant=" + e.merchantId()) + " by " + e.note().operator() + ": "
                + e.note().reason() + (e.details() == null ? "" : " (" + e.details() + ")")));
        if (entries.size() > LIMIT) {
            output.println("... more than " + LIMIT + " entries: ask for a shorter range");
        }
    }
}
