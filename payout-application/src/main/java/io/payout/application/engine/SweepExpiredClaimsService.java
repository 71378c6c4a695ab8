package io.payout.application.engine;

import io.payout.application.engine.port.SweepClaimsPort;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases claims whose holder died or stalled, and says so. Such orders would be claimed again anyway once due
 * (a claim ignores an expired lease); the sweep makes the event visible to operators and ends the stale claim, so
 * that the stalled holder, if it wakes, can write nothing.
 */
public class SweepExpiredClaimsService {
    private static final Logger LOG = Logger.getLogger(SweepExpiredClaimsService.class.getName());
    private final SweepClaimsPort claims;
    private final Clock clock;

    public SweepExpiredClaimsService(SweepClaimsPort claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    public int sweep() {
        int released = claims.releaseExpiredClaims(clock.instant());
        if (released > 0) {
            LOG.log(Level.WARNING, "Released {0} expired claims: an engine instance died or stalled; "
                    + "their open transactions will be inquired", released);
        }
        return released;
    }
}
