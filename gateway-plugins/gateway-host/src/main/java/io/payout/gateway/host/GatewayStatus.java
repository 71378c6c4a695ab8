package io.payout.gateway.host;

import io.payout.domain.MethodId;
import java.util.List;

/**
 * How one running gateway is doing, for health checks: its plugin's version, its enabled methods, the calls it has
 * accepted and not yet finished (running or queued; a call that timed out stays in flight until the plugin returns),
 * how many calls have timed out since start, whether an operator paused the whole gateway, which of its methods are
 * paused (by the gateway's pause or their own), and whether its circuit breaker is open. A method is available for
 * new transactions when it is not paused and the circuit is not open.
 */
public record GatewayStatus(String id, String version, List<MethodId> enabledMethods, int inFlightCalls,
                            long timedOutCalls, boolean gatewayPaused, List<MethodId> pausedMethods,
                            boolean circuitOpen) {
    public GatewayStatus {
        enabledMethods = List.copyOf(enabledMethods);
        pausedMethods = List.copyOf(pausedMethods);
    }

    /** A gateway neither paused nor with an open circuit. */
    public GatewayStatus(String id, String version, List<MethodId> enabledMethods, int inFlightCalls,
                         long timedOutCalls) {
        this(id, version, enabledMethods, inFlightCalls, timedOutCalls, false, List.of(), false);
    }

    /** The enabled methods that may get new transactions now. */
    public List<MethodId> availableMethods() {
        return circuitOpen ? List.of() : enabledMethods.stream().filter(m -> !pausedMethods.contains(m)).toList();
    }
}
