package io.payout.app.health;

import com.codahale.metrics.health.HealthCheck;
import io.payout.gateway.host.GatewayHost;
import io.payout.gateway.host.GatewayStatus;
import java.util.List;
import java.util.stream.Collectors;

/** Healthy when at least one gateway runs: with none, every fulfillment fails. Reports each gateway's state. */
public class GatewaysHealthCheck extends HealthCheck {
    private final GatewayHost host;

    public GatewaysHealthCheck(GatewayHost host) {
        this.host = host;
    }

    @Override
    protected Result check() {
        List<GatewayStatus> gateways = host.status();
        String detail = gateways.stream().map(g -> g.id() + " " + g.version() + " methods=" + g.enabledMethods()
                + " inFlight=" + g.inFlightCalls() + " timedOut=" + g.timedOutCalls()).collect(Collectors.joining("; "));
        return gateways.isEmpty() ? Result.unhealthy("no gateway is enabled: every payout would fail")
                : Result.healthy(detail);
    }
}
