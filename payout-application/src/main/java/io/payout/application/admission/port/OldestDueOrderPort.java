package io.payout.application.admission.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the engine's backlog starts: when the longest-waiting order that is due and held by no live claim became
 * due. Must be cheap (it is read several times a second): an index range scan from the smallest due time, not a
 * count or a scan of the table.
 */
@FunctionalInterface
public interface OldestDueOrderPort {
    /** Empty: no order is due at {@code now}, or every due order is held by a live claim (being worked on). */
    Optional<Instant> oldestDue(Instant now);
}
