package io.payout.app.task;

import io.payout.application.operator.PauseRoutingUseCase;
import io.payout.application.operator.port.RoutingControlPort;

/** {@code POST /tasks/pause-gateway?name=...&operator=...&reason=...}: Stops new transactions on every method of a running gateway. */
public final class PauseGatewayTask extends RoutingControlTask {
    public PauseGatewayTask(PauseRoutingUseCase pauses, RoutingControlPort routing) {
        super("pause-gateway", pauses, "gateway", true, routing::isGateway);
    }
}
