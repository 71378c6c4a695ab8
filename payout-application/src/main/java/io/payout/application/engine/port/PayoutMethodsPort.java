package io.payout.application.engine.port;

import io.payout.domain.MethodId;
import java.util.List;

/**
 * The payout methods that can be used now, in configuration order (gateway enabled, plugin loaded, and neither
 * paused by an operator nor taken out of rotation by a circuit breaker).
 */
public interface PayoutMethodsPort {
    List<MethodId> enabledMethods();

    /** Whether {@code method} may get a new transaction now. */
    default boolean isAvailable(MethodId method) {
        return enabledMethods().contains(method);
    }

    /**
     * Every method that would be enabled if nothing were paused or circuit-open, in configuration order: tells
     * "none configured" from "none available now".
     */
    default List<MethodId> configuredMethods() {
        return enabledMethods();
    }
}
