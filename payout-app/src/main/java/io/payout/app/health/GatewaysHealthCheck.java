package io.payout.app.health;

import com.codahale.metrics.health.HealthCheck;
import io.payout.gateway.host.GatewayHost;
import io.payout.gateway.host.GatewayStatus;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Healthy when at least one gateway has an available method (not paused, circuit not open): with none, no
 * fulfillment gets a new transaction. Reports each gateway's state, paused methods and circuit included.
 */
public class GatewaysHealthCheck extends HealthCheck {
    private final GatewayHost host;

    public GatewaysHealthCheck(GatewayHost host) {
        this.host = host;
    }

    @Override
    protected Result check() {
        List<GatewayStatus> gateways = host.status();
        if (gateways.isEmpty()) {
            return Result.unhealthy("no gateway is enabled: every payout would fail");
        }
        String detail = gateways.stream().map(GatewaysHealthCheck::describe).collect(Collectors.joining("; "));
        return gateways.stream().anyMatch(g -> !g.availableMethods().isEmpty()) ? Result.healthy(detail)
                : Result.unhealthy("every method is paused or circuit-open: no new payout is sent; " + detail);
    }

    private static String describe(GatewayStatus g) {
        return g.id() + " " + g.version() + " methods=" + g.enabledMethods() + " inFlight=" + g.inFlightCalls()
                + " timedOut=" + g.timedOutCalls() + (g.gatewayPaused() ? " gateway paused" : "")
                + " paused=" + g.pausedMethods() + " circuit=" + (g.circuitOpen() ? "open" : "closed");
    }
}
