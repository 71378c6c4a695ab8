package io.payout.app.task;

import io.payout.application.operator.PauseRoutingUseCase;
import io.payout.application.operator.port.RoutingControlPort;

/** {@code POST /tasks/resume-method?name=...&operator=...&reason=...}: Lets a paused method take new transactions again (unless its gateway is paused). */
public final class ResumeMethodTask extends RoutingControlTask {
    public ResumeMethodTask(PauseRoutingUseCase pauses, RoutingControlPort routing) {
        super("resume-method", pauses, "method", false, routing::isMethod);
    }
}
