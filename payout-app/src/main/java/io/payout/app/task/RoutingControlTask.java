package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.application.NotFoundException;
import io.payout.application.operator.OperatorNote;
import io.payout.application.operator.PauseRoutingCommand;
import io.payout.application.operator.PauseRoutingUseCase;
import io.payout.domain.DomainException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin task pausing or resuming a gateway or a method on every instance
 * ({@code POST /tasks/<task>?name=DUMMY_IMPS&operator=...&reason=...} on the admin port). The pause is saved with
 * its line in the operator log; this instance obeys at once, the others within {@code gateways.pauseSync}. Prints
 * one line of what it did; a missing parameter or an unknown name prints an error line and changes nothing.
 */
abstract class RoutingControlTask extends Task {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingControlTask.class);

    private final PauseRoutingUseCase pauses;
    private final String kind;
    private final boolean pause;
    private final Predicate<String> isTarget;

    /** {@code isTarget}: whether a name is what this task pauses (a gateway or a method of this instance). */
    RoutingControlTask(String name, PauseRoutingUseCase pauses, String kind, boolean pause,
                       Predicate<String> isTarget) {
        super(name);
        this.pauses = pauses;
        this.kind = kind;
        this.pause = pause;
        this.isTarget = isTarget;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        PauseRoutingCommand command;
        try {
            command = new PauseRoutingCommand(TaskParameters.single(parameters, "name"), pause,
                    new OperatorNote(TaskParameters.single(parameters, "operator"),
                            TaskParameters.single(parameters, "reason")));
        } catch (IllegalArgumentException | DomainException e) {
            output.println("error: give name, operator and reason: " + e.getMessage() + "; nothing changed");
            return;
        }
        String name = command.name();
        boolean changed;
        try {
            if (!isTarget.test(name)) {
                throw new NotFoundException("'" + name + "' is not a running " + kind);
            }
            changed = pauses.change(command);
        } catch (NotFoundException e) {
            LOG.warn("operator task {} refused: {}", getName(), e.getMessage());
            output.println("error: " + e.getMessage() + "; nothing changed");
            return;
        }
        String done = pause ? "paused" : "resumed";
        LOG.warn("operator task {}: {} {} {} by {}: {}", getName(), kind, name,
                changed ? done : "unchanged (already " + done + ")", command.note().operator(), command.note().reason());
        output.println(changed ? kind + " " + name + " " + done + " on every instance"
                : kind + " " + name + " was already " + (pause ? "paused" : "running") + "; nothing changed");
    }
}
