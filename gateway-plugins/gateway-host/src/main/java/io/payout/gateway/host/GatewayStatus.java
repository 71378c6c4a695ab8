package io.payout.gateway.host;

import io.payout.domain.MethodId;
import java.util.List;

/**
 * How one running gateway is doing, for health checks: its plugin's version, its enabled methods, the calls it has
 * accepted and not yet finished (running or queued; a call that timed out stays in flight until the plugin returns),
 * and how many calls have timed out since start.
 */
public record GatewayStatus(String id, String version, List<MethodId> enabledMethods, int inFlightCalls,
                            long timedOutCalls) {
    public GatewayStatus {
        enabledMethods = List.copyOf(enabledMethods);
    }
}
