package io.payout.application.operator.port;

import io.payout.application.operator.OperatorLogEntry;
import java.time.Instant;
import java.util.List;

/** Reads the operator log back. */
public interface LoadOperatorLogPort {
    /** The entries that happened in [{@code from}, {@code to}), oldest first, at most {@code limit}. */
    List<OperatorLogEntry> loadLog(Instant from, Instant to, int limit);
}
