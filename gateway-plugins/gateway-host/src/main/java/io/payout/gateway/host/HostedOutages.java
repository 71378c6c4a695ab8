package io.payout.gateway.host;

import io.payout.application.gateway.MethodOutage;
import io.payout.application.gateway.OutageStatus;
import io.payout.domain.MethodId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The enabled methods that are not healthy now: paused (by their own pause or their gateway's) or behind an open
 * circuit, {@link OutageStatus#DOWN}; of a gateway whose circuit is half-open or which has given at least half its
 * breaker's threshold of unusable answers in a row, {@link OutageStatus#FLUCTUATE}.
 */
final class HostedOutages {
    private HostedOutages() {
    }

    static List<MethodOutage> of(Collection<HostedGateway> gateways, Pauses pauses) {
        List<MethodOutage> outages = new ArrayList<>();
        for (HostedGateway gateway : gateways) {
            CircuitBreaker.State circuit = gateway.circuitState();
            for (MethodId method : gateway.methods()) {
                if (pauses.paused(method) || circuit == CircuitBreaker.State.OPEN) {
                    outages.add(new MethodOutage(method, OutageStatus.DOWN));
                } else if (circuit == CircuitBreaker.State.HALF_OPEN || circuit == CircuitBreaker.State.FAILING) {
                    outages.add(new MethodOutage(method, OutageStatus.FLUCTUATE));
                }
            }
        }
        return outages;
    }
}
