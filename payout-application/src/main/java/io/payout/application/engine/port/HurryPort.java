package io.payout.application.engine.port;

import io.payout.domain.TransactionRef;
import java.time.Instant;
import java.util.List;

/** Brings work forward. */
public interface HurryPort {
    /**
     * Makes the fulfillments of these transactions due at {@code now} (unless due sooner), for transactions whose
     * outcome may still change: open ones and successes (a reversal). Returns how many fulfillments moved.
     */
    int makeDueNow(List<TransactionRef> transactionRefs, Instant now);
}
