package io.payout.application.gateway.port;

import io.payout.application.gateway.MethodOutage;
import java.util.List;

/** What this instance knows of its gateways' health: operators' pauses and the circuit breakers. */
public interface GatewayOutagePort {
    /** Every enabled method that is down or fluctuating now, in configuration order; healthy methods are left out. */
    List<MethodOutage> outages();
}
