package io.payout.application.gateway;

import io.payout.application.gateway.port.GatewayBalancesPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Balances as the gateways last reported them. The gateways are asked at most once every {@code refreshAfter} (the
 * callers in between get the same answer, and callers arriving during a request wait for it rather than asking
 * again), so merchants polling cannot flood a gateway's balance API. A gateway that fails to answer is logged and
 * its methods keep their last known balance, shown with the older {@code asOf} it had; a gateway never heard from
 * since start has no entry. Kept in this instance's memory.
 */
public class GetBalancesService implements GetBalancesQuery {
    private static final Logger LOG = Logger.getLogger(GetBalancesService.class.getName());

    private final GatewayBalancesPort gateways;
    private final Duration refreshAfter;
    private final Clock clock;
    private final Map<String, MethodBalance> known = new TreeMap<>();
    private Instant askedAt;

    public GetBalancesService(GatewayBalancesPort gateways, Duration refreshAfter, Clock clock) {
        if (refreshAfter == null || refreshAfter.isNegative()) {
            throw new IllegalArgumentException("refreshAfter must be zero or more");
        }
        this.gateways = gateways;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    @Override
    public synchronized List<MethodBalance> balances() {
        Instant now = clock.instant();
        if (askedAt == null || !now.isBefore(askedAt.plus(refreshAfter))) {
            refresh();
            askedAt = now;
        }
        return List.copyOf(known.values());
    }

    private void refresh() {
        for (GatewayBalances answer : gateways.balances()) {
            if (!answer.answered()) {
                LOG.log(Level.WARNING, "Gateway {0} gave no balances: {1}; its last known balances are shown",
                        new Object[] {answer.gatewayId(), answer.failure()});
                continue;
            }
            known.values().removeIf(b -> b.method().gateway().equals(answer.gatewayId()));
            answer.balances().forEach(b -> known.put(b.method().value(), b));
        }
    }
}
