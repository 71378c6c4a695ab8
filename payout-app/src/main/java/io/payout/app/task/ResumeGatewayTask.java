package io.payout.app.task;

import io.payout.gateway.host.GatewayHost;

/** {@code POST /tasks/resume-gateway?name=...}: Lets a paused gateway take new transactions again (methods paused on their own stay paused). */
public final class ResumeGatewayTask extends RoutingControlTask {
    public ResumeGatewayTask(GatewayHost host) {
        super("resume-gateway", host, Target.GATEWAY, false);
    }
}
