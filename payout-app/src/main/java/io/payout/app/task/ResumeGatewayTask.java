package io.payout.app.task;

import io.payout.application.operator.PauseRoutingUseCase;
import io.payout.application.operator.port.RoutingControlPort;

/** {@code POST /tasks/resume-gateway?name=...&operator=...&reason=...}: Lets a paused gateway take new transactions again. */
public final class ResumeGatewayTask extends RoutingControlTask {
    public ResumeGatewayTask(PauseRoutingUseCase pauses, RoutingControlPort routing) {
        super("resume-gateway", pauses, "gateway", false, routing::isGateway);
    }
}
