package io.payout.application.operator;

import io.payout.application.operator.port.RoutingControlPort;
import io.payout.application.operator.port.RoutingPausePort;

/** Applies the pauses saved in the database to this instance: at start, and then every few seconds. */
public class SyncRoutingPausesService {
    private final RoutingPausePort pauses;
    private final RoutingControlPort control;

    public SyncRoutingPausesService(RoutingPausePort pauses, RoutingControlPort control) {
        this.pauses = pauses;
        this.control = control;
    }

    public void sync() {
        control.applyPauses(pauses.pausedNames());
    }
}
