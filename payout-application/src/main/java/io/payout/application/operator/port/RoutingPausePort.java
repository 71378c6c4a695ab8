package io.payout.application.operator.port;

import io.payout.application.operator.OperatorLogEntry;
import java.util.Set;

/**
 * The gateways and methods operators paused, kept in the database so that every instance obeys them and a restart
 * keeps them.
 */
public interface RoutingPausePort {
    /**
     * In one transaction: records {@code name} as paused (or no longer paused) and, if that changed anything, writes
     * {@code entry} to the operator log. @return whether it changed anything
     */
    boolean savePause(String name, boolean paused, OperatorLogEntry entry);

    /** Every paused gateway id and method name. */
    Set<String> pausedNames();
}
