package io.payout.app.task;

import io.payout.gateway.host.GatewayHost;

/** {@code POST /tasks/pause-method?name=...}: Stops new transactions on one method (GATEWAY_RAIL); inquiries go on. */
public final class PauseMethodTask extends RoutingControlTask {
    public PauseMethodTask(GatewayHost host) {
        super("pause-method", host, Target.METHOD, true);
    }
}
