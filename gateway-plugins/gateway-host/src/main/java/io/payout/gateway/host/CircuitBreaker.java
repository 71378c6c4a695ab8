package io.payout.gateway.host;

import io.payout.domain.attempt.GatewayResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gateway's circuit breaker. {@code threshold} unusable answers in a row (Unknown, but not "not found": timeouts,
 * errors, busy) open it for {@code cooldown}; while open the gateway gets no new transactions. After the cool-down it
 * is half-open: the next clear answer (Succeeded, Failed, Pending, not found) closes it, another unusable one opens
 * it for another cool-down. Answers during the cool-down (inquiries go on) change nothing.
 */
final class CircuitBreaker {
    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String gatewayId;
    private final int threshold;
    private final Duration cooldown;
    private final Clock clock;
    private int unusableInARow;
    private Instant openUntil;

    CircuitBreaker(String gatewayId, int threshold, Duration cooldown, Clock clock) {
        this.gatewayId = gatewayId;
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Open and still cooling down: no new transactions. */
    synchronized boolean isOpen() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }

    /** The breaker's state, for outage reports. */
    enum State {
        /** Answers usable, or too few unusable ones in a row to speak of. */
        CLOSED,
        /** Closed, but at least half the threshold of unusable answers in a row. */
        FAILING,
        /** Cooling down: no new transactions. */
        OPEN,
        /** The cool-down is over and no answer has closed it yet: the next answer decides. */
        HALF_OPEN
    }

    synchronized State state() {
        if (openUntil != null) {
            return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
        }
        return unusableInARow > 0 && unusableInARow * 2 >= threshold ? State.FAILING : State.CLOSED;
    }

    synchronized void record(GatewayResult answer) {
        boolean unusable = answer instanceof GatewayResult.Unknown unknown && !unknown.notFound();
        Instant now = clock.instant();
        boolean coolingDown = openUntil != null && now.isBefore(openUntil);
        if (coolingDown) {
            return; // answers to inquiries during the cool-down neither close nor extend it
        }
        if (!unusable) {
            if (openUntil != null) {
                LOG.warn("gateway {} circuit closed: a clear answer after the cool-down", gatewayId);
            }
            unusableInARow = 0;
            openUntil = null;
            return;
        }
        unusableInARow++;
        boolean halfOpen = openUntil != null;
        if (halfOpen || unusableInARow >= threshold) {
            openUntil = now.plus(cooldown);
            LOG.warn("gateway {} circuit open until {}: {} unusable answers in a row", gatewayId, openUntil,
                    unusableInARow);
        }
    }
}
