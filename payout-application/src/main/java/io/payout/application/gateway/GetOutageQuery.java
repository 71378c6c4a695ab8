package io.payout.application.gateway;

import java.util.List;

/** Which payout methods are down or fluctuating now, for merchants (Juspay's {@code outage}). */
public interface GetOutageQuery {
    /** The methods not healthy now, in the configuration's order of gateways and rails; empty when all are. */
    List<MethodOutage> gatewayOutages();
}
