package io.payout.domain.attempt;

import io.payout.domain.MethodId;
import java.time.Instant;

/**
 * When to look at a fulfillment again ({@code null}: not unless something changes it), and, when a retry has been
 * decided, on which method.
 */
public record NextWork(Instant dueAt, MethodId retryMethod) {
    public static final NextWork NONE = new NextWork(null, null);

    public static NextWork at(Instant dueAt) {
        return new NextWork(dueAt, null);
    }
}
