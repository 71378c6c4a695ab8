package io.payout.application.operator.port;

import java.util.Set;

/** The running gateways' routing switches, as this instance applies them. */
public interface RoutingControlPort {
    /** Whether {@code name} is the id of a running gateway. */
    boolean isGateway(String name);

    /** Whether {@code name} is an enabled method of a running gateway. */
    boolean isMethod(String name);

    /**
     * Makes exactly these gateways and methods paused (names this instance does not run are ignored): they get no
     * new transactions; everything else may.
     */
    void applyPauses(Set<String> names);
}
