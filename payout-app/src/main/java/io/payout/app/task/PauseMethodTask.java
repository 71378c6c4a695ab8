package io.payout.app.task;

import io.payout.application.operator.PauseRoutingUseCase;
import io.payout.application.operator.port.RoutingControlPort;

/** {@code POST /tasks/pause-method?name=...&operator=...&reason=...}: Stops new transactions on one method of a running gateway. */
public final class PauseMethodTask extends RoutingControlTask {
    public PauseMethodTask(PauseRoutingUseCase pauses, RoutingControlPort routing) {
        super("pause-method", pauses, "method", true, routing::isMethod);
    }
}
