package io.payout.adapters.persistence;

import java.time.Instant;

/**
 * An order's version and claim as stored. Public only because JDBI maps public types alone; not part of this
 * adapter's API.
 */
public record OrderClaimRow(long version, String leaseOwner, Instant leaseUntil) {
    /** Whether an engine instance holds a claim on the order that has not run out at {@code now}. */
    boolean claimedAt(Instant now) {
        return leaseOwner != null && leaseUntil != null && leaseUntil.isAfter(now);
    }
}
