package io.payout.application.gateway;

import io.payout.application.gateway.port.GatewayOutagePort;
import java.util.List;

/**
 * The gateways' outages as this instance sees them: methods paused by an operator or behind an open circuit are
 * {@code DOWN}, those of a gateway whose circuit is half-open or that keeps failing {@code FLUCTUATE}. Pauses and
 * circuit breakers live in each instance's memory, so instances may differ. There is no source of banks' or VPA
 * handles' downtime: Juspay's beneficiary-specific part has nothing to say.
 */
public class GetOutageService implements GetOutageQuery {
    private final GatewayOutagePort gateways;

    public GetOutageService(GatewayOutagePort gateways) {
        this.gateways = gateways;
    }

    @Override
    public List<MethodOutage> gatewayOutages() {
        return List.copyOf(gateways.outages());
    }
}
