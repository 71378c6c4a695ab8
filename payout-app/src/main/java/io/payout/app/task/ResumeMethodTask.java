package io.payout.app.task;

import io.payout.gateway.host.GatewayHost;

/** {@code POST /tasks/resume-method?name=...}: Lets a paused method take new transactions again. */
public final class ResumeMethodTask extends RoutingControlTask {
    public ResumeMethodTask(GatewayHost host) {
        super("resume-method", host, Target.METHOD, false);
    }
}
