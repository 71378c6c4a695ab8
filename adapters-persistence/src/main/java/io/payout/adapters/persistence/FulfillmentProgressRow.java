package io.payout.adapters.persistence;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.NextWork;
import java.time.Instant;

/**
 * What the engine changes in a row of {@code fulfillments}: status, methods, times and next work. Public only
 * because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record FulfillmentProgressRow(String merchantId, String fulfillmentId, String status, String fulfillmentMethods,
                                     Instant updatedAt, Instant statusUpdatedAt, Instant nextDueAt,
                                     String retryMethod) {

    static FulfillmentProgressRow of(FulfillmentRow row, NextWork work) {
        MethodId retryMethod = work.retryMethod();
        return new FulfillmentProgressRow(row.merchantId(), row.fulfillmentId(), row.status(),
                row.fulfillmentMethods(), row.updatedAt(), row.statusUpdatedAt(), work.dueAt(),
                retryMethod == null ? null : retryMethod.value());
    }
}
