package io.payout.application.operator;

import io.payout.application.NotFoundException;
import io.payout.application.operator.port.RoutingControlPort;
import io.payout.application.operator.port.RoutingPausePort;
import java.time.Clock;

/**
 * Saves the pause with its operator-log line, then applies the saved pauses to this instance at once; the other
 * instances pick them up at their next {@link SyncRoutingPausesService#sync()}.
 */
public class PauseRoutingService implements PauseRoutingUseCase {
    private final RoutingPausePort pauses;
    private final RoutingControlPort control;
    private final Clock clock;

    public PauseRoutingService(RoutingPausePort pauses, RoutingControlPort control, Clock clock) {
        this.pauses = pauses;
        this.control = control;
        this.clock = clock;
    }

    @Override
    public boolean change(PauseRoutingCommand command) {
        String name = command.name();
        boolean gateway = control.isGateway(name);
        if (!gateway && !control.isMethod(name)) {
            throw new NotFoundException("'" + name + "' is neither a running gateway nor one of its methods");
        }
        OperatorLogEntry entry = new OperatorLogEntry(command.pause() ? OperatorLogEntry.PAUSE : OperatorLogEntry.RESUME,
                name, null, command.note(), gateway ? "gateway" : "method", clock.instant());
        boolean changed = pauses.savePause(name, command.pause(), entry);
        control.applyPauses(pauses.pausedNames());
        return changed;
    }
}
