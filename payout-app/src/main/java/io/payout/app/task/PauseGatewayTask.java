package io.payout.app.task;

import io.payout.gateway.host.GatewayHost;

/** {@code POST /tasks/pause-gateway?name=...}: Stops new transactions on every method of a running gateway. */
public final class PauseGatewayTask extends RoutingControlTask {
    public PauseGatewayTask(GatewayHost host) {
        super("pause-gateway", host, Target.GATEWAY, true);
    }
}
