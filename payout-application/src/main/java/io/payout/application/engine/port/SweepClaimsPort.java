package io.payout.application.engine.port;

import java.time.Instant;

/** Ends claims whose lease has run out. */
public interface SweepClaimsPort {
    /** Releases every claim whose lease ended at or before {@code now}, moving each order's version on. */
    int releaseExpiredClaims(Instant now);
}
