package io.payout.gateway.host;

import io.payout.domain.MethodId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The gateways and methods an operator has paused: they get no new transactions until resumed. */
final class Pauses {
    private final Set<String> gateways = ConcurrentHashMap.newKeySet();
    private final Set<MethodId> methods = ConcurrentHashMap.newKeySet();

    /** Whether the gateway was running before; {@code true} when this changed something. */
    boolean pauseGateway(String gatewayId) {
        return gateways.add(gatewayId);
    }

    boolean resumeGateway(String gatewayId) {
        return gateways.remove(gatewayId);
    }

    boolean pauseMethod(MethodId method) {
        return methods.add(method);
    }

    boolean resumeMethod(MethodId method) {
        return methods.remove(method);
    }

    /**
     * Exactly these paused from now on. Not one atomic swap: a reader meanwhile may see some of the changes, but a
     * name paused before and after never looks running (only what is no longer paused is removed).
     */
    synchronized void replace(Set<String> pausedGateways, Set<MethodId> pausedMethods) {
        gateways.retainAll(pausedGateways);
        gateways.addAll(pausedGateways);
        methods.retainAll(pausedMethods);
        methods.addAll(pausedMethods);
    }

    boolean gatewayPaused(String gatewayId) {
        return gateways.contains(gatewayId);
    }

    /** Paused itself or through its gateway. */
    boolean paused(MethodId method) {
        return methods.contains(method) || gateways.contains(method.gateway());
    }
}
